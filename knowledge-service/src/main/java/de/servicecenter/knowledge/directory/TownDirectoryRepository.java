package de.servicecenter.knowledge.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TownDirectoryRepository implements PanacheRepositoryBase<TownDirectory, String> {
}
