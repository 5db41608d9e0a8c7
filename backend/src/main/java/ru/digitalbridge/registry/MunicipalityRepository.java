package ru.digitalbridge.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;

@ApplicationScoped
class MunicipalityRepository {
    private final Sql sql;

    MunicipalityRepository(Sql sql) {
        this.sql = sql;
    }

    List<Municipality> listAll() {
        return sql.list(
                "select id, region_id, code, name, kind, center, sort_order from municipality",
                MunicipalityRepository::municipality);
    }

    boolean exists(UUID id) {
        return sql.exists("select 1 from municipality where id = ?", id);
    }

    private static Municipality municipality(ResultSet rs) throws SQLException {
        return new Municipality(
                rs.getObject("id", UUID.class),
                rs.getObject("region_id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                MunicipalityKind.valueOf(rs.getString("kind")),
                rs.getString("center"),
                rs.getInt("sort_order"));
    }
}
