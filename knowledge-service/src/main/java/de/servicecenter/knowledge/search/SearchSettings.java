package de.servicecenter.knowledge.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the search index lives and how it is fed. */
@ConfigMapping(prefix = "scv.search")
public interface SearchSettings {

    /** Name of the alias searches go to; physical indices are {@code <prefix>-articles-<timestamp>}. */
    @WithDefault("knowledge")
    String indexPrefix();

    /** Articles sent to Elasticsearch per bulk request. */
    @WithDefault("500")
    int batchSize();

    default String alias() {
        return indexPrefix() + "-articles";
    }
}
