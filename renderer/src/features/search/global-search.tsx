// Ctrl+K (or the box in the frame's header) searches the whole office as one types, in any script:
// hits grouped by kind, the matched words marked, arrows to move, Enter to open.
import '@mantine/spotlight/styles.css';
import { Group, Kbd, Mark, Text, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Language, SearchHit, SearchWhen } from '../../../../domain/contract';
import { useCall } from '../../components/use-call';
import { FALLBACK_ORDER, pickText } from '../../i18n/pick-text';
import { formatDateRange, formatMomentInZone } from '../../i18n/format';
import { useSettings } from '../../store/settings-store';

// Short enough to feel instant, long enough not to ask for every letter of a fast typist.
const TYPING_PAUSE_MS = 80;

/** Where a hit opens. People have no page of their own yet: the people list, narrowed to the name. */
export function routeOf(hit: SearchHit, shownTitle: string): string {
  const opened = hit.owner ?? { kind: hit.kind, id: hit.id };
  switch (opened.kind) {
    case 'visit':
      return `/visits/${opened.id}`;
    case 'agreement':
      return `/agreements/${opened.id}`;
    case 'organization':
      return `/organizations/${opened.id}`;
    case 'person':
      return hit.kind === 'person' ? `/people?q=${encodeURIComponent(shownTitle)}` : '/people';
    default:
      // Venues are chosen in the programme; the calendar shows what happens where.
      return '/calendar';
  }
}

/** The title in the reader's language (or the next one present), with its matched words marked. */
function HighlightedTitle({ hit, lang }: { hit: SearchHit; lang: Language }) {
  const shown = FALLBACK_ORDER[lang].find((candidate) => hit.title[candidate]);
  const text = shown ? (hit.title[shown] ?? '') : '';
  const ranges = shown ? hit.highlights[shown] : [];
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return (
    <Text fz="sm" fw={500}>
      {parts.map((part, index) =>
        part.marked ? (
          <Mark key={index} color="yellow.2">
            {part.text}
          </Mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </Text>
  );
}

export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lang = useSettings((state) => state.language);
  const [query, setQuery] = useState('');
  const [typed] = useDebouncedValue(query.trim(), TYPING_PAUSE_MS);
  // The last answer stays while the next is asked for; nothing is asked for an empty box.
  const answer = useCall('search:global', typed === '' ? null : { text: typed, limit: 30 }).data;

  const showing = query.trim() !== '' && answer !== null;
  const groups = showing ? answer.groups : [];

  return (
    <>
      <UnstyledButton
        onClick={spotlight.open}
        aria-label={t('globalSearch.label')}
        bg="navy.8"
        c="navy.1"
        px="sm"
        py={6}
        w={320}
        style={{ borderRadius: 'var(--mantine-radius-sm)', border: '1px solid var(--mantine-color-navy-6)' }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Text fz="sm">{t('globalSearch.open')}</Text>
          <Kbd size="xs">Ctrl K</Kbd>
        </Group>
      </UnstyledButton>
      {/* Ctrl+K means nothing else in the app, so it opens the search even from a text field or a switch. */}
      <Spotlight.Root
        query={query}
        onQueryChange={setQuery}
        shortcut="mod + K"
        tagsToIgnore={[]}
        scrollable
        maxHeight={520}
        size="lg"
      >
        <Spotlight.Search placeholder={t('globalSearch.placeholder')} aria-label={t('globalSearch.label')} />
        <Spotlight.ActionsList aria-label={t('globalSearch.label')}>
          {groups.map((group) => (
            // The label is drawn by CSS; the group's name carries it to screen readers (and tests).
            <Spotlight.ActionsGroup
              key={group.kind}
              label={t(`globalSearch.kinds.${group.kind}`)}
              role="group"
              aria-label={t(`globalSearch.kinds.${group.kind}`)}
            >
              {group.hits.map((hit) => (
                <Spotlight.Action key={`${hit.kind}-${hit.id}`} onClick={() => navigate(routeOf(hit, pickText(hit.title, lang)))}>
                  <div>
                    <HighlightedTitle hit={hit} lang={lang} />
                    <Text fz="xs" c="dimmed">
                      {[pickText(hit.subtitle, lang), whenText(hit.when, lang)].filter(Boolean).join(' · ')}
                    </Text>
                  </div>
                </Spotlight.Action>
              ))}
            </Spotlight.ActionsGroup>
          ))}
          {query.trim() === '' && <Spotlight.Empty>{t('globalSearch.hint')}</Spotlight.Empty>}
          {showing && groups.length === 0 && <Spotlight.Empty>{t('globalSearch.nothingFound')}</Spotlight.Empty>}
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
}

/** A hit's days or moment, in the reader's own date format. */
function whenText(when: SearchWhen, lang: Language): string {
  if (when === null) return '';
  return when.kind === 'days' ? formatDateRange(when.from, when.to, lang) : formatMomentInZone(when.at, when.timeZone, lang);
}
