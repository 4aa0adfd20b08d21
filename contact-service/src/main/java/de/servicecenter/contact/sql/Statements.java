package de.servicecenter.contact.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Queries assembled from optional filters, for the reports that read the contact log (KPIs, planning). */
public final class Statements {

    private Statements() {
    }

    /**
     * {@code sql} prepared with its parameters in order; a {@code String[]} is bound as a text array (for
     * {@code = ANY(?)}), anything else as it is.
     */
    public static PreparedStatement prepared(Connection connection, CharSequence sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof String[] values) {
                statement.setArray(i + 1, connection.createArrayOf("text", values));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
        return statement;
    }
}
