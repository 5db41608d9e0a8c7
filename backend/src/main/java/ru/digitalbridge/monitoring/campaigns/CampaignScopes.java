package ru.digitalbridge.monitoring.campaigns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.registry.AccountDirectory;
import ru.digitalbridge.registry.AccountDirectory.IdQuery;
import ru.digitalbridge.registry.AccountSelection;
import ru.digitalbridge.registry.Platform;

/**
 * A campaign's scope: validation, the preview counts, and materialising it into {@code campaign_account}. The
 * filters select accounts with the registry's own search ({@link AccountDirectory}); accounts are read through
 * the registry's published view {@code registry_account_view}.
 */
@ApplicationScoped
class CampaignScopes {
    private final Sql db;
    private final ObjectMapper json;
    private final AccountDirectory directory;

    CampaignScopes(Sql db, ObjectMapper json, AccountDirectory directory) {
        this.db = db;
        this.json = json;
        this.directory = directory;
    }

    /** The number of active accounts a scope selects, by platform and municipality. */
    CampaignScopePreview preview(CampaignScope scope) {
        check(scope, new ArrayList<>(), true);
        ScopeSql where = scopeSql(scope);
        String sql = "select a.platform, a.municipality_id, a.municipality_name, count(*)"
                + " from registry_account_view a"
                + where.sql()
                + " group by grouping sets ((a.platform), (a.municipality_id, a.municipality_name))"
                + " order by a.municipality_name nulls first, a.municipality_id";
        Map<String, Long> byPlatform = new LinkedHashMap<>();
        for (Platform platform : Platform.values()) {
            byPlatform.put(platform.name(), 0L);
        }
        List<CampaignScopePreview.MunicipalityCount> byMunicipality = new ArrayList<>();
        long[] count = {0};
        db.list(
                sql,
                rs -> {
                    String platform = rs.getString(1);
                    long n = rs.getLong(4);
                    if (platform != null) {
                        byPlatform.put(platform, n);
                        count[0] += n;
                    } else {
                        byMunicipality.add(new CampaignScopePreview.MunicipalityCount(
                                rs.getObject(2, UUID.class), rs.getString(3), n));
                    }
                    return null;
                },
                where.params().toArray());
        return new CampaignScopePreview(count[0], byPlatform, byMunicipality);
    }

    /** Unknown municipalities and unknown or archived listed accounts are 400s naming the list element. */
    void check(CampaignScope scope, List<Violation> violations, boolean raise) {
        Set<UUID> known = knownMunicipalities(new HashSet<>(scope.municipalities()));
        for (int i = 0; i < scope.municipalities().size(); i++) {
            if (!known.contains(scope.municipalities().get(i))) {
                violations.add(
                        CampaignProblems.violation("scope.municipalities[" + i + "]", "campaign.municipality.unknown"));
            }
        }
        if (!scope.accountIds().isEmpty()) {
            Map<UUID, String> status = new HashMap<>();
            db.list(
                    "select id, status from registry_account_view where id = any(?)",
                    rs -> status.put(rs.getObject(1, UUID.class), rs.getString(2)),
                    (Object) Sql.uuids(new HashSet<>(scope.accountIds())));
            for (int i = 0; i < scope.accountIds().size(); i++) {
                String state = status.get(scope.accountIds().get(i));
                if (state == null) {
                    violations.add(CampaignProblems.violation(
                            "scope.accountIds[" + i + "]", "campaign.scope.unknown-account"));
                } else if (!"ACTIVE".equals(state)) {
                    violations.add(CampaignProblems.violation(
                            "scope.accountIds[" + i + "]", "campaign.scope.archived-account"));
                }
            }
        }
        if (raise && !violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    Set<UUID> knownMunicipalities(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.list(
                "select id from registry_municipality_view where id = any(?)",
                rs -> rs.getObject(1, UUID.class),
                (Object) Sql.uuids(ids)));
    }

    record ScopeSql(String sql, List<Object> params) {}

    /**
     * The WHERE clause selecting a scope's active accounts ({@code a} = {@code registry_account_view}): the
     * filters through the registry's own search ({@link AccountDirectory}), so a scope selects exactly the
     * accounts the registry's search lists for the same words and filters, plus the listed accounts.
     */
    ScopeSql scopeSql(CampaignScope scope) {
        IdQuery selected = scope.filtersApply()
                ? directory.select(new AccountSelection(
                        scope.q(), scope.municipalities(), scope.sectors(), scope.kinds(), scope.platforms()))
                : AccountDirectory.none();
        List<Object> params = new ArrayList<>(selected.params());
        String sql = " where (a.id in (" + selected.sql() + ")";
        if (!scope.accountIds().isEmpty()) {
            sql += " or (a.status = 'ACTIVE' and a.id = any(?))";
            params.add(Sql.uuids(scope.accountIds()));
        }
        return new ScopeSql(sql + ")", params);
    }

    /**
     * Writes the scope into {@code campaign_account}. On a change, accounts that left the scope lose their
     * evaluations that nobody has started yet (the campaign is in PREPARATION, so that is all of them).
     */
    void materialise(UUID id, CampaignScope scope, boolean replace) {
        ScopeSql where = scopeSql(scope);
        UUID[] accounts = db.list(
                        "select a.id from registry_account_view a" + where.sql(),
                        rs -> rs.getObject(1, UUID.class),
                        where.params().toArray())
                .toArray(new UUID[0]);
        UUID[] listed = Sql.uuids(new LinkedHashSet<>(scope.accountIds()));
        if (replace) {
            db.update("""
                    delete from evaluation
                     where campaign_id = ? and status = 'DRAFT' and started_at is null and not (account_id = any(?))
                    """, id, accounts);
            db.update("""
                    delete from campaign_account ca
                     where ca.campaign_id = ? and not (ca.account_id = any(?))
                       and not exists (select 1 from evaluation e
                                        where e.campaign_id = ca.campaign_id and e.account_id = ca.account_id)
                    """, id, accounts);
        }
        db.update("""
                insert into campaign_account (campaign_id, account_id, listed)
                select ?, u.id, u.id = any(?) from unnest(?::uuid[]) as u(id)
                on conflict (campaign_id, account_id) do update set listed = excluded.listed
                """, id, listed, accounts);
    }

    String filterJson(CampaignScope scope) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("q", scope.q());
        filter.put("municipalities", scope.municipalities());
        filter.put("sectors", scope.sectors());
        filter.put("kinds", scope.kinds());
        filter.put("platforms", scope.platforms());
        try {
            return json.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scope filter not serialisable", e);
        }
    }
}
