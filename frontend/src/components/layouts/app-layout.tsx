import { AppShell, Burger, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  type CSSProperties,
  type ReactNode,
  type RefObject,
  useEffect,
  useRef,
  useState,
} from 'react';
import { Link, useLocation } from 'react-router';

/** `exact`: active only on that very path (the home page, whose path every other path starts with). */
export type NavItem = { to: string; label: string; icon?: ReactNode; exact?: boolean };
export type NavSection = { label: string; items: NavItem[] };

export type AppLayoutProps = {
  title: string;
  navLabel: string;
  menuLabel: string;
  /** The text of the skip link, the first tab stop, that jumps over the header and the menu. */
  skipLabel: string;
  sections: NavSection[];
  headerEnd: ReactNode;
  children: ReactNode;
};

/** How long a new screen may take to show its heading (a lazily loaded chunk, then its data). */
const HEADING_WAIT_MS = 10_000;

/**
 * After a client-side navigation the focus goes to the new screen's heading (WCAG 2.4.3): otherwise it stays on
 * the menu link or is lost with the old screen's button, and a screen reader announces nothing. The heading may
 * come later than the route (a lazy chunk, a loading state): it is waited for, and the focus is left alone when
 * the user has moved it meanwhile. The first screen of a visit keeps the browser's own start.
 */
function useFocusOnNavigation(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = main.current;
    if (!root) return;
    const before = document.activeElement;
    const untouched = () =>
      document.activeElement === before ||
      document.activeElement === document.body ||
      document.activeElement === null;
    const focusHeading = () => {
      const heading = root.querySelector<HTMLElement>('h1, h2');
      if (!heading) return false;
      if (untouched()) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      }
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop();
    });
    const timer = window.setTimeout(() => {
      stop();
      if (untouched()) root.focus({ preventScroll: true });
    }, HEADING_WAIT_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(root, { childList: true, subtree: true });
    return stop;
  }, [pathname, main]);
}

const SKIP_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};
const SKIP_SHOWN: CSSProperties = {
  position: 'fixed',
  top: 8,
  left: 8,
  zIndex: 1000,
  padding: '8px 16px',
  background: 'var(--mantine-color-body)',
  color: 'var(--mantine-color-anchor)',
  border: '2px solid var(--mantine-color-anchor)',
  borderRadius: 'var(--mantine-radius-md)',
};

/** The shell every screen sits in: a header with the product name and a role-dependent navbar. */
export function AppLayout({
  title,
  navLabel,
  menuLabel,
  skipLabel,
  sections,
  headerEnd,
  children,
}: AppLayoutProps) {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const [skipFocused, setSkipFocused] = useState(false);
  useFocusOnNavigation(main);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      {/* WCAG 2.4.1: the first tab stop jumps over the header and the menu (an administrator's has 20 links) */}
      <a
        href="#main-content"
        style={skipFocused ? SKIP_SHOWN : SKIP_HIDDEN}
        onFocus={() => setSkipFocused(true)}
        onBlur={() => setSkipFocused(false)}
        onClick={(event) => {
          // focus, not only scroll: the next Tab then starts in the content
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {skipLabel}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          {/* on a phone the title is smaller, so that the header does not push the page sideways */}
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={menuLabel}
            />
            {/* WCAG 1.4.12: with a reader's wider letter spacing the name may break inside a word rather than run
                under the language switch */}
            <Title
              order={3}
              c="blue.8"
              fz={{ base: 'sm', xs: 'md', sm: 'h3' }}
              style={{ overflowWrap: 'anywhere' }}
            >
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
      <AppShell.Main id="main-content" ref={main} tabIndex={-1} style={{ outline: 'none' }}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
