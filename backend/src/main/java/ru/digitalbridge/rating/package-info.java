/**
 * Ratings: immutable snapshots of a published campaign's results at four levels (accounts, organizations,
 * municipalities, sectors) in peer groups, with competition ranking, the minimum-data rule, the change against the
 * previous comparable campaign, criterion statistics and a changelog per correction. Pure rules live in
 * {@link ru.digitalbridge.rating.Ranking}, {@link ru.digitalbridge.rating.Aggregation},
 * {@link ru.digitalbridge.rating.Comparison} and {@link ru.digitalbridge.rating.RatingComputation}; see
 * docs/ratings.md.
 */
package ru.digitalbridge.rating;
