import type { ReactNode } from 'react';
import { Anchor, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../app/format';
import { useLanguage } from '../../app/language';
import { LocalizedBlock, Name } from '../../app/localized';
import { SourceName } from '../clusters/source-label';
import type { ForumData } from './forum-types';
import classes from './forums.module.css';

/** The forum's public facts and rules; a value no source gives says so instead of guessing. */
export function ForumFacts({ forum }: { forum: ForumData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notStated = <span className={classes.missing}>{t('common.notStated')}</span>;

  const facts: Array<[string, ReactNode]> = [
    ['forums.facts.kind', t(`forums.kind.${forum.kind}`)],
    [
      'forums.facts.cluster',
      forum.cluster ? (
        <Anchor component={Link} to={`/${language}/clusters/${forum.cluster.slug}`}>
          <Name value={forum.cluster.name} />
        </Anchor>
      ) : (
        t('forums.facts.national')
      ),
    ],
    ['forums.facts.topic', forum.topic ? <Name value={forum.topic.name} /> : null],
    ['forums.facts.launchedOn', forum.launchedOn ? formatPartialDate(forum.launchedOn, language) : null],
    [
      'forums.facts.termYears',
      forum.termYears !== null ? t('forums.facts.years', { count: forum.termYears, lng: language }) : null,
    ],
    [
      'forums.facts.minMeetings',
      forum.minMeetingsPerYear !== null
        ? t('forums.facts.meetingsAYear', { count: forum.minMeetingsPerYear, lng: language })
        : null,
    ],
    [
      'forums.facts.individuals',
      t(forum.allowsIndividuals ? 'forums.facts.individualsYes' : 'forums.facts.individualsNo'),
    ],
    ['forums.facts.source', forum.source ? <SourceName source={forum.source} /> : null],
  ];

  return (
    <section aria-labelledby="forum-facts" className={classes.section}>
      <Title order={2} id="forum-facts" mb="sm">
        {t('forums.facts.title')}
      </Title>
      <dl className={classes.facts}>
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value ?? notStated}</dd>
          </div>
        ))}
      </dl>
      {forum.description && <LocalizedBlock value={forum.description} />}
      <Title order={3} mt="md" mb="xs">
        {t('forums.facts.goals')}
      </Title>
      {forum.goals.length === 0 ? (
        <p>{t('forums.facts.noGoals')}</p>
      ) : (
        <ol className={classes.goals}>
          {forum.goals.map((goal, index) => (
            <LocalizedBlock key={index} as="li" value={goal} />
          ))}
        </ol>
      )}
    </section>
  );
}
