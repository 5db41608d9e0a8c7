import apiClients from './ru/api-clients.json';
import audit from './ru/audit.json';
import auth from './ru/auth.json';
import campaigns from './ru/campaigns.json';
import certificates from './ru/certificates.json';
import common from './ru/common.json';
import evaluations from './ru/evaluations.json';
import methodology from './ru/methodology.json';
import notifications from './ru/notifications.json';
import ratings from './ru/ratings.json';
import registry from './ru/registry.json';
import users from './ru/users.json';
import webhooks from './ru/webhooks.json';

/** Every namespace of the Russian UI texts. */
export const ru = {
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
