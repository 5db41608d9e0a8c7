import {
  IconBook,
  IconBuilding,
  IconBuildingCommunity,
  IconCertificate,
  IconChartBar,
  IconClipboardCheck,
  IconFileImport,
  IconHistory,
  IconHome,
  IconKey,
  IconWebhook,
  IconMail,
  IconNews,
  IconMessageReport,
  IconSchool,
  IconUsers,
  IconWorldWww,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';

import { AppLayout, type NavSection } from '@/components/layouts/app-layout';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { paths } from '@/config/paths';
import { UserMenu } from '@/features/auth/components/user-menu';
import { EDITOR_ROLES, hasAnyRole, ORGANIZATION_ROLES, useSession } from '@/lib/session';

export function AppRoot() {
  const { t } = useTranslation();
  const { t: tm } = useTranslation('methodology');
  const { t: tc } = useTranslation('campaigns');
  const session = useSession();
  const isEditor = hasAnyRole(session, ...EDITOR_ROLES);
  const isAdmin = hasAnyRole(session, 'ADMIN');
  const isExpert = hasAnyRole(session, 'EXPERT');
  const isLearner = hasAnyRole(session, 'LEARNER');
  const isTrainingStaff = hasAnyRole(session, 'ADMIN', 'COORDINATOR', 'TRAINER');
  const isCertificateStaff = hasAnyRole(session, 'ADMIN', 'TRAINER');
  const speaksForOrganization =
    hasAnyRole(session, ...ORGANIZATION_ROLES) && !!session?.user.organizationId;

  const sections: NavSection[] = [
    {
      label: t('ratings:nav.section'),
      items: [
        {
          to: paths.home.getHref(),
          label: t('ratings:nav.home'),
          icon: <IconHome size={18} aria-hidden />,
          exact: true,
        },
        {
          to: paths.ratings.getHref(),
          label: t('ratings:nav.ratings'),
          icon: <IconChartBar size={18} aria-hidden />,
        },
        {
          to: paths.bulletins.getHref(),
          label: t('nav.bulletin'),
          icon: <IconNews size={18} aria-hidden />,
        },
      ],
    },
    {
      label: t('evaluations:nav.section'),
      items: [
        ...(isExpert
          ? [
              {
                to: paths.myQueue.getHref(),
                label: t('evaluations:nav.queue'),
                icon: <IconClipboardCheck size={18} aria-hidden />,
              },
              {
                to: paths.myObjections.getHref(),
                label: t('evaluations:nav.objections'),
                icon: <IconMessageReport size={18} aria-hidden />,
              },
            ]
          : []),
        ...(speaksForOrganization
          ? [
              {
                to: paths.myOrganization.getHref(),
                label: t('evaluations:nav.organization'),
                icon: <IconBuildingCommunity size={18} aria-hidden />,
              },
            ]
          : []),
        ...(hasAnyRole(session, ...ORGANIZATION_ROLES)
          ? [
              {
                to: paths.myBulletinSections.getHref(),
                label: t('nav.myBulletinSections'),
                icon: <IconNews size={18} aria-hidden />,
              },
            ]
          : []),
      ],
    },
    {
      label: t('nav.training'),
      items: [
        {
          to: paths.trainingEffect.getHref(),
          label: t('nav.trainingEffect'),
          icon: <IconChartBar size={18} aria-hidden />,
        },
        ...(isLearner
          ? [
              {
                to: paths.myTraining.getHref(),
                label: t('nav.myTraining'),
                icon: <IconSchool size={18} aria-hidden />,
              },
            ]
          : []),
        ...(isTrainingStaff
          ? [
              {
                to: paths.trainingCohorts.getHref(),
                label: t('nav.trainingCohorts'),
                icon: <IconSchool size={18} aria-hidden />,
              },
              {
                to: paths.trainingProgrammes.getHref(),
                label: t('nav.trainingProgrammes'),
                icon: <IconBook size={18} aria-hidden />,
              },
            ]
          : []),
      ],
    },
    {
      label: t('certificates:nav.section'),
      items: [
        {
          to: paths.certificateRegister.getHref(),
          label: t('certificates:nav.register'),
          icon: <IconCertificate size={18} aria-hidden />,
        },
        ...(isLearner
          ? [
              {
                to: paths.myCertificates.getHref(),
                label: t('certificates:nav.mine'),
                icon: <IconCertificate size={18} aria-hidden />,
              },
            ]
          : []),
        ...(isCertificateStaff
          ? [
              {
                to: paths.adminCertificates.getHref(),
                label: t('certificates:nav.admin'),
                icon: <IconCertificate size={18} aria-hidden />,
              },
            ]
          : []),
      ],
    },
    {
      label: t('nav.registry'),
      items: [
        {
          to: paths.organizations.getHref(),
          label: t('nav.organizations'),
          icon: <IconBuilding size={18} aria-hidden />,
        },
        {
          to: paths.accounts.getHref(),
          label: t('nav.accounts'),
          icon: <IconWorldWww size={18} aria-hidden />,
        },
        ...(isEditor
          ? [
              {
                to: paths.import.getHref(),
                label: t('nav.import'),
                icon: <IconFileImport size={18} aria-hidden />,
              },
            ]
          : []),
      ],
    },
    {
      label: tc('nav.monitoring'),
      items: [
        {
          to: paths.methodology.getHref(),
          label: tm('nav.methodology'),
          icon: <IconBook size={18} aria-hidden />,
        },
        ...(isEditor
          ? [
              {
                to: paths.campaigns.getHref(),
                label: tc('nav.campaigns'),
                icon: <IconClipboardCheck size={18} aria-hidden />,
              },
              {
                to: paths.bulletinEditorial.getHref(),
                label: t('nav.bulletinEditorial'),
                icon: <IconNews size={18} aria-hidden />,
              },
            ]
          : []),
      ],
    },
    {
      label: t('nav.admin'),
      items: [
        ...(isAdmin
          ? [
              {
                to: paths.users.getHref(),
                label: t('nav.users'),
                icon: <IconUsers size={18} aria-hidden />,
              },
              {
                to: paths.apiClients.getHref(),
                label: t('nav.apiClients'),
                icon: <IconKey size={18} aria-hidden />,
              },
              {
                to: paths.webhooks.getHref(),
                label: t('nav.webhooks'),
                icon: <IconWebhook size={18} aria-hidden />,
              },
              {
                to: paths.outbox.getHref(),
                label: t('notifications:nav.outbox'),
                icon: <IconMail size={18} aria-hidden />,
              },
            ]
          : []),
        ...(isEditor
          ? [
              {
                to: paths.audit.getHref(),
                label: t('nav.audit'),
                icon: <IconHistory size={18} aria-hidden />,
              },
            ]
          : []),
      ],
    },
  ];

  return (
    <AppLayout
      title={t('appName')}
      navLabel={t('nav.label')}
      menuLabel={t('nav.toggle')}
      skipLabel={t('nav.skip')}
      sections={sections}
      headerEnd={
        <>
          <LanguageSwitch />
          <UserMenu />
        </>
      }
    >
      <Outlet />
    </AppLayout>
  );
}
