package de.servicecenter.knowledge.synonym;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SynonymSetRepository implements PanacheRepositoryBase<SynonymSet, String> {
}
