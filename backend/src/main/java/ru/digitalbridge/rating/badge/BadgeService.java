package ru.digitalbridge.rating.badge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.rating.RatingLevel;
import ru.digitalbridge.rating.RatingReads;
import ru.digitalbridge.rating.RatingViews.RatingPlace;
import ru.digitalbridge.rating.RatingViews.TrendPoint;
import ru.digitalbridge.registry.AccountService;
import ru.digitalbridge.registry.OrganizationService;

/**
 * The facts a badge states, from the newest published rating the subject is in (the latest revision of its campaign's
 * snapshot, overall peer group): the name as published, the index, the place and what the index stands for. The
 * registry answers 404 for an unknown account or organization; one in no published rating gets a badge saying so.
 */
@ApplicationScoped
class BadgeService {
    private final RatingReads ratings;
    private final AccountService accounts;
    private final OrganizationService organizations;

    BadgeService(RatingReads ratings, AccountService accounts, OrganizationService organizations) {
        this.ratings = ratings;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    BadgeFacts account(UUID id) {
        String name = accounts.get(id).displayName();
        return rated(RatingLevel.ACCOUNT, id).orElseGet(() -> BadgeFacts.nothingPublished(name));
    }

    BadgeFacts organization(UUID id) {
        String name = organizations.get(id).name();
        return rated(RatingLevel.ORGANIZATION, id).orElseGet(() -> BadgeFacts.nothingPublished(name));
    }

    private Optional<BadgeFacts> rated(RatingLevel level, UUID id) {
        List<TrendPoint> points;
        try {
            points = ratings.trend(level, id);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        TrendPoint latest = points.get(points.size() - 1);
        if (latest.index() == null) {
            return Optional.empty();
        }
        RatingPlace place = latest.place();
        return Optional.of(new BadgeFacts(
                latest.name(),
                latest.index(),
                place == null ? null : place.from(),
                place == null ? null : place.to(),
                place == null ? null : place.of(),
                latest.campaign().period(),
                latest.evaluated()));
    }
}
