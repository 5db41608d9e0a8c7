import { AppShell, Burger, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

/** `exact`: active only on that very path (the home page, whose path every other path starts with). */
export type NavItem = { to: string; label: string; icon?: ReactNode; exact?: boolean };
export type NavSection = { label: string; items: NavItem[] };

export type AppLayoutProps = {
  title: string;
  navLabel: string;
  menuLabel: string;
  sections: NavSection[];
  headerEnd: ReactNode;
  children: ReactNode;
};

/** The shell every screen sits in: a header with the product name and a role-dependent navbar. */
export function AppLayout({
  title,
  navLabel,
  menuLabel,
  sections,
  headerEnd,
  children,
}: AppLayoutProps) {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={menuLabel}
            />
            <Title order={3} c="blue.8">
              {title}
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {headerEnd}
          </Group>
        </Group>
      </AppShell.Header>
      {/* the menu scrolls on its own when it is taller than the window (an administrator's is) */}
      <AppShell.Navbar p="xs" component="nav" aria-label={navLabel} style={{ overflowY: 'auto' }}>
        {sections
          .filter((section) => section.items.length > 0)
          .map((section) => (
            <Stack key={section.label} gap={2} mb="sm">
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={4}>
                {section.label}
              </Text>
              {section.items.map((item) => {
                const active = item.exact ? pathname === item.to : pathname.startsWith(item.to);
                return (
                  <NavLink
                    key={item.to}
                    component={Link}
                    to={item.to}
                    label={item.label}
                    leftSection={item.icon}
                    active={active}
                    aria-current={active ? 'page' : undefined}
                    onClick={close}
                  />
                );
              })}
            </Stack>
          ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
