/** Campaigns: scope, stages, experts, assignment of accounts to experts, progress and inter-rater agreement. */
package ru.digitalbridge.monitoring.campaigns;
