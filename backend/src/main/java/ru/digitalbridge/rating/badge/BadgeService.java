package ru.digitalbridge.rating.badge;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.monitoring.evaluations.EvaluationService;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationSummary;
import ru.digitalbridge.registry.AccountService;
import ru.digitalbridge.registry.OrganizationService;

/**
 * The facts a badge states, read from the newest campaign with a published result for the subject, through the
 * monitoring and registry services (which answer 404 for an unknown account or organization). The name is the one
 * the published evaluation carries. An organization's index is the mean of its accounts' published indexes in that
 * campaign, rounded half up to one digit, with their count.
 */
@ApplicationScoped
class BadgeService {
    private static final String PUBLISHED = "PUBLISHED";

    private final EvaluationService evaluations;
    private final AccountService accounts;
    private final OrganizationService organizations;

    BadgeService(EvaluationService evaluations, AccountService accounts, OrganizationService organizations) {
        this.evaluations = evaluations;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    BadgeFacts account(UUID id) {
        String name = accounts.get(id).displayName();
        List<EvaluationSummary> newest = evaluations
                .list(id.toString(), null, null, PUBLISHED, new PageQuery(0, 1))
                .items();
        if (newest.isEmpty() || newest.get(0).index() == null) {
            return BadgeFacts.nothingPublished(name);
        }
        EvaluationSummary latest = newest.get(0);
        return new BadgeFacts(
                latest.account().displayName(),
                latest.index(),
                null,
                null,
                null,
                latest.campaign().period(),
                1);
    }

    BadgeFacts organization(UUID id) {
        String name = organizations.get(id).name();
        List<EvaluationSummary> campaign = newestCampaign(id);
        List<BigDecimal> indexes = campaign.stream()
                .map(EvaluationSummary::index)
                .filter(Objects::nonNull)
                .toList();
        if (indexes.isEmpty()) {
            return BadgeFacts.nothingPublished(name);
        }
        BigDecimal mean = indexes.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(indexes.size()), 1, RoundingMode.HALF_UP);
        EvaluationSummary first = campaign.get(0);
        return new BadgeFacts(
                first.organization().name(),
                mean,
                null,
                null,
                null,
                first.campaign().period(),
                indexes.size());
    }

    /** The organization's published evaluations of its newest campaign (the list is newest campaign first). */
    private List<EvaluationSummary> newestCampaign(UUID organization) {
        List<EvaluationSummary> found = new ArrayList<>();
        UUID campaign = null;
        for (int page = 0; ; page++) {
            List<EvaluationSummary> items = evaluations
                    .list(null, null, organization.toString(), PUBLISHED, new PageQuery(page, PageQuery.MAX_SIZE))
                    .items();
            for (EvaluationSummary item : items) {
                if (campaign == null) {
                    campaign = item.campaign().id();
                }
                if (!campaign.equals(item.campaign().id())) {
                    return found;
                }
                found.add(item);
            }
            if (items.size() < PageQuery.MAX_SIZE) {
                return found;
            }
        }
    }
}
