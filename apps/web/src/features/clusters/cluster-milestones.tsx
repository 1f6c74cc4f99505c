import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { comparePartialDates } from '@roundtable/shared/partial-date';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { useErrorMessage } from '../../app/error-message';
import { FormSuccess } from '../../app/form-status';
import { formatPartialDate } from '../../app/format';
import { useLanguage } from '../../app/language';
import { LocalizedBlock, useLocalizedString } from '../../app/localized';
import type { ClusterData } from './cluster-types';
import { ADD_MILESTONE_MUTATION, DELETE_MILESTONE_MUTATION, UPDATE_MILESTONE_MUTATION } from './cluster.graphql';
import { MilestoneDialog } from './milestone-form';
import { EMPTY_MILESTONE, milestoneValues } from './milestone-schema';
import { SourceName } from './source-label';
import classes from './cluster-page.module.css';

type Milestone = ClusterData['milestones'][number];

/**
 * The cluster's milestones in date order, each with the source that reports it. The cluster's CEO
 * (`viewerCanManage`) adds milestones, and changes or removes those no source gives
 * (`viewerCanEdit`); the API checks each request again.
 */
export function ClusterMilestones({ cluster }: { cluster: ClusterData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const errorMessage = useErrorMessage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Milestone | null>(null);
  const [deleting, setDeleting] = useState<Milestone | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const [addMilestone] = useMutation(ADD_MILESTONE_MUTATION, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        id: cache.identify({ __typename: 'Cluster', id: cluster.id }),
        fields: {
          milestones: (existing, { toReference }) => {
            const added = toReference({ __typename: 'Milestone', id: data.addMilestone.id });
            return Array.isArray(existing) && added ? [...existing, added] : existing;
          },
        },
      });
    },
  });
  const [updateMilestone] = useMutation(UPDATE_MILESTONE_MUTATION);
  const [deleteMilestone, { loading: isDeleting }] = useMutation(DELETE_MILESTONE_MUTATION, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'Milestone', id: data.deleteMilestone.id }) });
      cache.gc();
    },
  });

  const ordered = [...cluster.milestones].sort((a, b) => comparePartialDates(a.occurredOn, b.occurredOn));

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await deleteMilestone({ variables: { id: deleting.id } });
    } catch (error) {
      setDeleteError(errorMessage(error, { FORBIDDEN: t('cluster.milestones.forbidden') }));
      return;
    }
    setStatus(t('cluster.milestones.deleted', { title: localize(deleting.title) }));
    setDeleting(null);
    // The button that opened the dialog is gone with the milestone: continue from the heading.
    headingRef.current?.focus();
  };

  return (
    <section aria-labelledby="cluster-milestones">
      <Title order={2} id="cluster-milestones" mt="xl" mb="sm" tabIndex={-1} ref={headingRef}>
        {t('cluster.milestones.title')}
      </Title>
      <FormSuccess>{status}</FormSuccess>
      {cluster.viewerCanManage && (
        <Button
          mb="md"
          onClick={() => {
            setStatus(null);
            setAdding(true);
          }}
        >
          {t('cluster.milestones.add')}
        </Button>
      )}
      {ordered.length === 0 ? (
        <Text>{t('cluster.milestones.none')}</Text>
      ) : (
        <ol className={classes.timeline}>
          {ordered.map((milestone) => (
            <li key={milestone.id}>
              <time dateTime={milestone.occurredOn} className={classes.timelineDate}>
                {formatPartialDate(milestone.occurredOn, language)}
              </time>
              <LocalizedBlock value={milestone.title} className={classes.timelineTitle} />
              {milestone.source && (
                <Text size="sm" c="dimmed">
                  {t('cluster.milestones.source')} <SourceName source={milestone.source} />
                </Text>
              )}
              {milestone.viewerCanEdit && (
                <Group gap="xs" mt={4}>
                  <Button
                    size="xs"
                    variant="outline"
                    aria-label={t('cluster.milestones.editNamed', { title: localize(milestone.title) })}
                    onClick={() => {
                      setStatus(null);
                      setEditing(milestone);
                    }}
                  >
                    {t('cluster.milestones.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    aria-label={t('cluster.milestones.deleteNamed', { title: localize(milestone.title) })}
                    onClick={() => {
                      setStatus(null);
                      setDeleteError(null);
                      setDeleting(milestone);
                    }}
                  >
                    {t('cluster.milestones.delete')}
                  </Button>
                </Group>
              )}
            </li>
          ))}
        </ol>
      )}

      <MilestoneDialog
        opened={adding}
        title={t('cluster.milestones.addTitle')}
        submitLabel={t('cluster.milestones.addSubmit')}
        initialValues={EMPTY_MILESTONE}
        onClose={() => setAdding(false)}
        onSubmit={async (input) => {
          await addMilestone({ variables: { input: { ...input, clusterId: cluster.id } } });
          setAdding(false);
          setStatus(t('cluster.milestones.added', { title: localize(input.title) }));
        }}
      />
      <MilestoneDialog
        opened={editing !== null}
        title={t('cluster.milestones.editTitle')}
        submitLabel={t('cluster.milestones.editSubmit')}
        initialValues={editing ? milestoneValues(editing) : EMPTY_MILESTONE}
        onClose={() => setEditing(null)}
        onSubmit={async (input) => {
          if (!editing) return;
          await updateMilestone({ variables: { input: { ...input, id: editing.id } } });
          setEditing(null);
          setStatus(t('cluster.milestones.updated'));
        }}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('cluster.milestones.deleteTitle')}
        confirmLabel={t('cluster.milestones.delete')}
        busy={isDeleting}
        error={deleteError}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        {t('cluster.milestones.deleteBody')} {deleting && <LocalizedBlock as="bdi" value={deleting.title} />}
      </ConfirmDialog>
    </section>
  );
}
