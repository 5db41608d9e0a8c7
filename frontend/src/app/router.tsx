import type { ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';

import { RouteError } from '@/components/errors/route-error';
import { PageLoader } from '@/components/ui/page-loader';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { EDITOR_ROLES, ORGANIZATION_ROLES, type Role } from '@/lib/session';

import { AppRoot } from './routes/app-root';
import { NotFoundRoute } from './routes/not-found';

/** A screen loaded on first visit (its own chunk), optionally behind a role check. */
function screen<M>(load: () => Promise<M>, pick: (module: M) => () => ReactNode, roles?: Role[]) {
  return async () => {
    const Screen = pick(await load());
    return {
      element: roles ? (
        <RequireRole roles={roles}>
          <Screen />
        </RequireRole>
      ) : (
        <Screen />
      ),
    };
  };
}

export const routes: RouteObject[] = [
  {
    element: <AppRoot />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        path: paths.home.path,
        lazy: screen(
          () => import('./routes/ratings/home'),
          (m) => m.HomeRoute,
        ),
      },
      {
        path: paths.ratings.path,
        lazy: screen(
          () => import('./routes/ratings/ratings'),
          (m) => m.RatingsRoute,
        ),
      },
      {
        path: paths.ratingMunicipality.path,
        lazy: screen(
          () => import('./routes/ratings/municipality'),
          (m) => m.RatingMunicipalityRoute,
        ),
      },
      {
        path: paths.ratingOrganization.path,
        lazy: screen(
          () => import('./routes/ratings/organization'),
          (m) => m.RatingOrganizationRoute,
        ),
      },
      {
        path: paths.signIn.path,
        lazy: screen(
          () => import('./routes/sign-in'),
          (m) => m.SignInRoute,
        ),
      },
      {
        path: paths.organizations.path,
        lazy: screen(
          () => import('./routes/registry/organizations'),
          (m) => m.OrganizationsRoute,
        ),
      },
      {
        path: paths.organizationNew.path,
        lazy: screen(
          () => import('./routes/registry/organization-new'),
          (m) => m.OrganizationNewRoute,
          EDITOR_ROLES,
        ),
      },
      {
        path: paths.organization.path,
        lazy: screen(
          () => import('./routes/registry/organization'),
          (m) => m.OrganizationRoute,
        ),
      },
      {
        path: paths.organizationEdit.path,
        lazy: screen(
          () => import('./routes/registry/organization-edit'),
          (m) => m.OrganizationEditRoute,
          EDITOR_ROLES,
        ),
      },
      {
        path: paths.accounts.path,
        lazy: screen(
          () => import('./routes/registry/accounts'),
          (m) => m.AccountsRoute,
        ),
      },
      {
        path: paths.accountNew.path,
        lazy: screen(
          () => import('./routes/registry/account-new'),
          (m) => m.AccountNewRoute,
          EDITOR_ROLES,
        ),
      },
      {
        path: paths.account.path,
        lazy: screen(
          () => import('./routes/registry/account'),
          (m) => m.AccountRoute,
        ),
      },
      {
        path: paths.accountEdit.path,
        lazy: screen(
          () => import('./routes/registry/account-edit'),
          (m) => m.AccountEditRoute,
          EDITOR_ROLES,
        ),
      },
      {
        path: paths.import.path,
        lazy: screen(
          () => import('./routes/registry/import'),
          (m) => m.ImportRoute,
          EDITOR_ROLES,
        ),
      },
      {
        path: paths.verify.path,
        lazy: screen(
          () => import('./routes/certificates/verify'),
          (m) => m.VerifyRoute,
        ),
      },
      {
        path: paths.certificateRegister.path,
        lazy: screen(
          () => import('./routes/certificates/register'),
          (m) => m.CertificateRegisterRoute,
        ),
      },
      {
        path: paths.myCertificates.path,
        lazy: screen(
          () => import('./routes/certificates/mine'),
          (m) => m.MyCertificatesRoute,
          ['LEARNER'],
        ),
      },
      {
        path: paths.adminCertificates.path,
        lazy: screen(
          () => import('./routes/certificates/admin'),
          (m) => m.AdminCertificatesRoute,
          ['ADMIN', 'TRAINER'],
        ),
      },
      {
        path: paths.trainingEffect.path,
        lazy: screen(
          () => import('./routes/training/effect'),
          (m) => m.TrainingEffectRoute,
        ),
      },
      {
        path: paths.trainingCohorts.path,
        lazy: screen(
          () => import('./routes/training/cohorts'),
          (m) => m.TrainingCohortsRoute,
          ['ADMIN', 'COORDINATOR', 'TRAINER'],
        ),
      },
      {
        path: paths.trainingCohort.path,
        lazy: screen(
          () => import('./routes/training/cohort'),
          (m) => m.TrainingCohortRoute,
          ['ADMIN', 'COORDINATOR', 'TRAINER'],
        ),
      },
      {
        path: paths.trainingProgrammes.path,
        lazy: screen(
          () => import('./routes/training/programmes'),
          (m) => m.TrainingProgrammesRoute,
          ['ADMIN', 'COORDINATOR', 'TRAINER'],
        ),
      },
      {
        path: paths.mySelfAssessment.path,
        lazy: screen(
          () => import('./routes/training/self-assessment'),
          (m) => m.MySelfAssessmentRoute,
          ['LEARNER'],
        ),
      },
      {
        path: paths.selfAssessment.path,
        lazy: screen(
          () => import('./routes/training/self-assessment'),
          (m) => m.SelfAssessmentRoute,
          ['LEARNER', 'TRAINER'],
        ),
      },
      {
        path: paths.trainingProgrammeNew.path,
        lazy: screen(
          () => import('./routes/training/programme-edit'),
          (m) => m.ProgrammeNewRoute,
          ['ADMIN', 'COORDINATOR'],
        ),
      },
      {
        path: paths.trainingProgrammeEdit.path,
        lazy: screen(
          () => import('./routes/training/programme-edit'),
          (m) => m.ProgrammeEditRoute,
          ['ADMIN', 'COORDINATOR'],
        ),
      },
      {
        path: paths.trainingQuestionBank.path,
        lazy: screen(
          () => import('./routes/training/question-bank'),
          (m) => m.QuestionBankRoute,
          ['ADMIN', 'COORDINATOR', 'TRAINER'],
        ),
      },
      {
        path: paths.myTraining.path,
        lazy: screen(
          () => import('./routes/training/cabinet'),
          (m) => m.MyTrainingRoute,
          ['LEARNER'],
        ),
      },
      {
        path: paths.users.path,
        lazy: screen(
          () => import('./routes/admin/users'),
          (m) => m.UsersRoute,
          ['ADMIN'],
        ),
      },
      {
        path: paths.audit.path,
        lazy: screen(
          () => import('./routes/admin/audit'),
          (m) => m.AuditRoute,
          EDITOR_ROLES,
        ),
      },
      {
        path: paths.apiClients.path,
        lazy: screen(
          () => import('./routes/admin/api-clients'),
          (m) => m.ApiClientsRoute,
          ['ADMIN'],
        ),
      },
      {
        path: paths.webhooks.path,
        lazy: screen(
          () => import('./routes/admin/webhooks'),
          (m) => m.WebhooksRoute,
          ['ADMIN'],
        ),
      },
      {
        path: paths.outbox.path,
        lazy: screen(
          () => import('./routes/admin/outbox'),
          (m) => m.OutboxRoute,
          ['ADMIN'],
        ),
      },
      {
        path: paths.myNotifications.path,
        lazy: screen(
          () => import('./routes/account/notifications'),
          (m) => m.MyNotificationsRoute,
          ['ADMIN', 'COORDINATOR', 'EXPERT', 'TRAINER', 'LEARNER', 'REPRESENTATIVE'],
        ),
      },
      {
        path: paths.methodology.path,
        lazy: screen(
          () => import('./routes/methodology/criteria-sets'),
          (m) => m.CriteriaSetsRoute,
        ),
      },
      {
        path: paths.criteriaSet.path,
        lazy: screen(
          () => import('./routes/methodology/criteria-set'),
          (m) => m.CriteriaSetRoute,
        ),
      },
      {
        path: paths.criteriaSetEdit.path,
        lazy: screen(
          () => import('./routes/methodology/criteria-set-edit'),
          (m) => m.CriteriaSetEditRoute,
          EDITOR_ROLES,
        ),
      },
      {
        path: paths.campaigns.path,
        lazy: screen(
          () => import('./routes/campaigns/campaigns'),
          (m) => m.CampaignsRoute,
          EDITOR_ROLES,
        ),
      },
      {
        path: paths.campaignNew.path,
        lazy: screen(
          () => import('./routes/campaigns/campaign-new'),
          (m) => m.CampaignNewRoute,
          EDITOR_ROLES,
        ),
      },
      {
        path: paths.campaign.path,
        lazy: screen(
          () => import('./routes/campaigns/campaign'),
          (m) => m.CampaignRoute,
          EDITOR_ROLES,
        ),
      },
      {
        path: paths.campaignReview.path,
        lazy: screen(
          () => import('./routes/campaigns/campaign-review'),
          (m) => m.CampaignReviewRoute,
          EDITOR_ROLES,
        ),
      },
      {
        path: paths.campaignAgreement.path,
        lazy: screen(
          () => import('./routes/campaigns/campaign-agreement'),
          (m) => m.CampaignAgreementRoute,
          EDITOR_ROLES,
        ),
      },
      {
        path: paths.myQueue.path,
        lazy: screen(
          () => import('./routes/evaluations/my-queue'),
          (m) => m.MyQueueRoute,
          ['EXPERT'],
        ),
      },
      {
        path: paths.myObjections.path,
        lazy: screen(
          () => import('./routes/evaluations/my-objections'),
          (m) => m.MyObjectionsRoute,
          ['EXPERT', ...EDITOR_ROLES],
        ),
      },
      {
        path: paths.myOrganization.path,
        lazy: screen(
          () => import('./routes/evaluations/my-organization'),
          (m) => m.MyOrganizationRoute,
          ORGANIZATION_ROLES,
        ),
      },
      {
        path: paths.myOrganizationEvaluation.path,
        lazy: screen(
          () => import('./routes/evaluations/organization-evaluation'),
          (m) => m.OrganizationEvaluationRoute,
          ORGANIZATION_ROLES,
        ),
      },
      {
        path: paths.evaluationEdit.path,
        lazy: screen(
          () => import('./routes/evaluations/evaluation-edit'),
          (m) => m.EvaluationEditRoute,
          ['EXPERT'],
        ),
      },
      {
        path: paths.evaluation.path,
        lazy: screen(
          () => import('./routes/evaluations/evaluation'),
          (m) => m.EvaluationRoute,
        ),
      },
      {
        path: paths.bulletins.path,
        lazy: screen(
          () => import('./routes/bulletins/public'),
          (m) => m.BulletinArchiveRoute,
        ),
      },
      {
        path: paths.bulletinConfirm.path,
        lazy: screen(
          () => import('./routes/bulletins/public'),
          (m) => m.BulletinConfirmRoute,
        ),
      },
      {
        path: paths.bulletinPreferences.path,
        lazy: screen(
          () => import('./routes/bulletins/public'),
          (m) => m.BulletinPreferencesRoute,
        ),
      },
      {
        path: paths.bulletinUnsubscribe.path,
        lazy: screen(
          () => import('./routes/bulletins/public'),
          (m) => m.BulletinUnsubscribeRoute,
        ),
      },
      {
        path: paths.bulletinIssueById.path,
        lazy: screen(
          () => import('./routes/bulletins/public'),
          (m) => m.BulletinIssueByIdRoute,
        ),
      },
      {
        path: paths.bulletinIssue.path,
        lazy: screen(
          () => import('./routes/bulletins/public'),
          (m) => m.BulletinIssueRoute,
        ),
      },
      {
        path: paths.bulletinEditorial.path,
        lazy: screen(
          () => import('./routes/bulletins/editorial-screens'),
          (m) => m.BulletinEditorialRoute,
          ['ADMIN', 'COORDINATOR'],
        ),
      },
      {
        path: paths.bulletinMessages.path,
        lazy: screen(
          () => import('./routes/bulletins/editorial-screens'),
          (m) => m.BulletinMessagesRoute,
          ['ADMIN', 'COORDINATOR'],
        ),
      },
      {
        path: paths.bulletinEditor.path,
        lazy: screen(
          () => import('./routes/bulletins/editorial-screens'),
          (m) => m.BulletinEditorRoute,
          ['ADMIN', 'COORDINATOR'],
        ),
      },
      {
        path: paths.myBulletinSections.path,
        lazy: screen(
          () => import('./routes/bulletins/editorial-screens'),
          (m) => m.MyBulletinSectionsRoute,
          ['ADMIN', 'COORDINATOR', 'EXPERT', 'TRAINER', 'LEARNER', 'REPRESENTATIVE'],
        ),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
