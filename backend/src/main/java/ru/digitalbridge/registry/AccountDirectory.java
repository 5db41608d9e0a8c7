package ru.digitalbridge.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.registry.RegistryQueries.Where;
import ru.digitalbridge.registry.RegistryQueries.WhereBuilder;

/**
 * The registry's published way for other features to select accounts: the registry's search and filter rules
 * (see {@link RegistryQueries}) turned into an id subquery that other features embed in their own SQL without
 * naming the registry's tables. Their columns are read through the published view {@code registry_account_view}.
 */
@ApplicationScoped
public class AccountDirectory {

    /** A parametrised SQL subquery returning one column, {@code id}, of the selected accounts. */
    public record IdQuery(String sql, List<Object> params) {}

    private final Sql sql;

    AccountDirectory(Sql sql) {
        this.sql = sql;
    }

    /**
     * The ids of the ACTIVE accounts a selection matches, as the registry's search would list them: with typo
     * tolerance only when the exact words match nothing (decided now, by one query, in the caller's transaction).
     */
    public IdQuery select(AccountSelection selection) {
        SearchText q = SearchText.of(selection.q());
        if (q != null && q.fuzzy()) {
            IdQuery exact = idQuery(selection, q.exact());
            if (exists(exact)) {
                return exact;
            }
        }
        return idQuery(selection, q);
    }

    /** Nothing selected (for a scope of listed accounts only). */
    public static IdQuery none() {
        return new IdQuery("select null::uuid as id where false", List.of());
    }

    private static IdQuery idQuery(AccountSelection s, SearchText q) {
        WhereBuilder where = new WhereBuilder();
        where.and("a.status = 'ACTIVE'");
        if (q != null) {
            RegistryQueries.search(where, q, "a.search", "lower(a.search_text)");
        }
        if (!s.municipalities().isEmpty()) {
            where.and("a.municipality_id = any(?)", (Object) s.municipalities().toArray(new UUID[0]));
        }
        if (!s.sectors().isEmpty()) {
            where.and("o.sector = any(?)", (Object) names(s.sectors()));
        }
        if (!s.kinds().isEmpty()) {
            where.and("o.kind = any(?)", (Object) names(s.kinds()));
        }
        if (!s.platforms().isEmpty()) {
            where.and("a.platform = any(?)", (Object) names(s.platforms()));
        }
        Where built = where.build();
        return new IdQuery(
                "select a.id from account a join organization o on o.id = a.organization_id" + built.sql(),
                built.params());
    }

    private static String[] names(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private boolean exists(IdQuery query) {
        return sql.exists(query.sql(), query.params().toArray());
    }
}
