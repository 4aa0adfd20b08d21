package de.servicecenter.analysis.german;

import java.util.List;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/** Settings of {@code scv_synonyms}. */
@AnalysisSettings
public interface SynonymSettings {

    /**
     * Rules in Solr syntax, one per entry: {@code perso => personalausweis} (one way) or
     * {@code angelschein, fischereischein} (equivalent).
     */
    @ListSetting(path = "synonyms")
    List<String> synonyms();
}
