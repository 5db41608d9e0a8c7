import apiClients from './en/api-clients.json';
import audit from './en/audit.json';
import auth from './en/auth.json';
import campaigns from './en/campaigns.json';
import certificates from './en/certificates.json';
import common from './en/common.json';
import evaluations from './en/evaluations.json';
import methodology from './en/methodology.json';
import notifications from './en/notifications.json';
import ratings from './en/ratings.json';
import registry from './en/registry.json';
import users from './en/users.json';
import webhooks from './en/webhooks.json';

/** Every namespace of the English UI texts. */
export const en = {
  common,
  auth,
  registry,
  users,
  audit,
  apiClients,
  methodology,
  campaigns,
  evaluations,
  ratings,
  webhooks,
  notifications,
  certificates,
};
