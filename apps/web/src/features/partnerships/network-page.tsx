import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Group, Table, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@roundtable/shared/localized';
import type { NetworkNodeKind } from '@roundtable/shared/network';
import { SECTORS, type SectorCode } from '@roundtable/shared/sectors';
import { useDocumentTitle } from '../../app/document-title';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { useLocalized, useLocalizedString } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import type { PartnershipNetworkQuery } from '../../gql/graphql';
import { RequireViewer } from '../account/require-viewer';
import { downloadCsv, toCsv } from './figure-csv';
import { DirectionSelect, DistrictSelect } from './filter-selects';
import { layoutNetwork } from './network-layout';
import { PARTNERSHIP_NETWORK_QUERY } from './network.graphql';
import {
  degrees,
  FORUM_STYLE,
  formatBetweenness,
  formatBetweennessText,
  NETWORK_BACKGROUND,
  NO_SECTOR_STYLE,
  networkFiltersToParams,
  networkFilterVariables,
  nodeRadius,
  nodeStyle,
  parseNetworkFilters,
  SECTOR_STYLE,
  sectorsPresent,
  shapePath,
  type NetworkFilters,
  type Shape,
} from './network-view';
import classes from './partnerships.module.css';

type Network = PartnershipNetworkQuery['partnershipNetwork'];

const WIDTH = 960;
const HEIGHT = 640;
const MARGIN = 40;

/** The network of partners (issue #7, item 5): the PMO unit, administrators and cluster CEOs. */
export default function NetworkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('partnerships.network.title'));
  return <RequireViewer allow={(access) => access.canReadPartnershipNetwork}>{() => <NetworkView />}</RequireViewer>;
}

function NetworkView() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = parseNetworkFilters(params);
  const { data, previousData, loading, error, refetch } = useQuery(PARTNERSHIP_NETWORK_QUERY, {
    variables: { filter: networkFilterVariables(filters) },
  });
  const network = (data ?? previousData)?.partnershipNetwork;
  const change = (next: NetworkFilters) => setParams(networkFiltersToParams(next), { replace: true });
  const filtered = filters.direction !== null || filters.district !== null;

  return (
    <>
      <Title order={1} mb="sm">
        {t('partnerships.network.title')}
      </Title>
      <Text mb="sm" maw="48rem">
        {t('partnerships.network.intro')}
      </Text>
      <Text mb="lg" maw="48rem" size="sm">
        {t('partnerships.network.people')}
      </Text>
      <form
        role="search"
        aria-label={t('partnerships.network.filters')}
        className={classes.filters}
        onSubmit={(event) => event.preventDefault()}
      >
        <DirectionSelect value={filters.direction} onChange={(direction) => change({ ...filters, direction })} />
        <DistrictSelect value={filters.district} onChange={(district) => change({ ...filters, district })} />
        <div>
          <Button variant="default" disabled={!filtered} onClick={() => change({ direction: null, district: null })}>
            {t('partnerships.filter.clear')}
          </Button>
        </div>
      </form>
      {loading && <Loading />}
      {error && !loading && <QueryError error={error} onRetry={retry(refetch)} />}
      {network && (
        <div aria-busy={loading}>
          <NetworkFigures network={network} filtered={filtered} />
        </div>
      )}
    </>
  );
}

function NetworkFigures({ network, filtered }: { network: Network; filtered: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = (value: number) => formatNumber(value, language);

  if (network.totalNodes === 0) {
    return <Text role="status">{filtered ? t('partnerships.network.empty') : t('partnerships.network.emptyAll')}</Text>;
  }
  return (
    <>
      <Text role="status" fw={600} mb="sm">
        {t('partnerships.network.summary', { nodes: number(network.totalNodes), links: number(network.totalLinks) })}
      </Text>
      {network.truncated && (
        <Text mb="md" maw="48rem">
          {t('partnerships.network.truncated', {
            nodes: number(network.nodes.length),
            totalNodes: number(network.totalNodes),
            links: number(network.links.length),
            totalLinks: number(network.totalLinks),
          })}
        </Text>
      )}
      <NetworkDrawing network={network} />
      <BrokersTable network={network} />
      <LinksTable network={network} />
    </>
  );
}

/** A node's shape, as the drawing and the legend draw it. */
function ShapeMark({ shape, colour, x, y, r }: { shape: Shape; colour: string; x: number; y: number; r: number }) {
  const ring = shape === 'ring';
  return (
    <path
      d={shapePath(shape, x, y, r)}
      fill={ring ? NETWORK_BACKGROUND : colour}
      stroke={ring ? colour : NETWORK_BACKGROUND}
      strokeWidth={ring ? 3 : 1}
    />
  );
}

/**
 * The drawing: an SVG image, its layout computed once per answer. Its text alternative is the two
 * tables below it (brokers and links), which hold everything it shows.
 */
function NetworkDrawing({ network }: { network: Network }) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const placed = useMemo(
    () => layoutNetwork(network.nodes, network.links, { width: WIDTH, height: HEIGHT, margin: MARGIN }),
    [network],
  );
  const linkCounts = useMemo(() => degrees(network.links), [network]);
  const brokers = new Set(network.brokers.map((broker) => broker.id));
  const sectors = sectorsPresent(network.nodes);
  const hasForums = network.nodes.some((node) => node.kind === 'FORUM');
  const hasNoSector = network.nodes.some((node) => node.kind !== 'FORUM' && node.sector === null);
  const sectorName = (code: SectorCode) => localize(SECTORS.find((sector) => sector.code === code)!.name);

  return (
    <figure className={classes.section} aria-labelledby="network-caption">
      <figcaption id="network-caption">
        <Title order={2} mb="sm">
          {t('partnerships.network.drawingTitle')}
        </Title>
      </figcaption>
      <div dir="ltr" className={classes.networkBox}>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby="network-svg-title network-svg-desc"
          className={classes.networkSvg}
        >
          <title id="network-svg-title">{t('partnerships.network.drawingTitle')}</title>
          <desc id="network-svg-desc">{t('partnerships.network.drawingDescription')}</desc>
          <rect width={WIDTH} height={HEIGHT} fill={NETWORK_BACKGROUND} />
          <g aria-hidden="true">
            {network.links.map((link) => {
              const a = placed.get(link.source);
              const b = placed.get(link.target);
              if (!a || !b) return null;
              const partnership = link.kind === 'PARTNERSHIP';
              return (
                <line
                  key={`${link.source}|${link.target}`}
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  stroke={partnership ? '#495057' : '#868e96'}
                  strokeWidth={partnership ? Math.min(6, 1 + Math.log2(link.weight)) : 1}
                  strokeDasharray={partnership ? undefined : '4 3'}
                />
              );
            })}
            {network.nodes.map((node) => {
              const at = placed.get(node.id);
              if (!at) return null;
              const style = nodeStyle(node.kind as NetworkNodeKind, node.sector ?? null);
              const r = nodeRadius(linkCounts.get(node.id) ?? 0);
              return (
                <g key={node.id}>
                  <ShapeMark shape={style.shape} colour={style.colour} x={at.x} y={at.y} r={r} />
                  {brokers.has(node.id) && (
                    <text
                      x={at.x}
                      y={at.y - r - 4}
                      textAnchor="middle"
                      fontSize={13}
                      fill="#212529"
                      stroke={NETWORK_BACKGROUND}
                      strokeWidth={3}
                      paintOrder="stroke"
                    >
                      {localize(node.name)}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        </svg>
      </div>
      <ul className={classes.networkLegend} aria-label={t('common.legend')}>
        {sectors.map((code) => (
          <li key={code}>
            <LegendMark shape={SECTOR_STYLE[code].shape} colour={SECTOR_STYLE[code].colour} />
            {sectorName(code)}
          </li>
        ))}
        {hasNoSector && (
          <li>
            <LegendMark shape={NO_SECTOR_STYLE.shape} colour={NO_SECTOR_STYLE.colour} />
            {t('partnerships.network.legendNoSector')}
          </li>
        )}
        {hasForums && (
          <li>
            <LegendMark shape={FORUM_STYLE.shape} colour={FORUM_STYLE.colour} />
            {t('partnerships.network.legendForum')}
          </li>
        )}
        <li>
          <svg width="28" height="16" aria-hidden="true">
            <line x1="2" y1="8" x2="26" y2="8" stroke="#495057" strokeWidth={3} />
          </svg>
          {t('partnerships.network.legendPartnership')}
        </li>
        <li>
          <svg width="28" height="16" aria-hidden="true">
            <line x1="2" y1="8" x2="26" y2="8" stroke="#868e96" strokeWidth={1} strokeDasharray="4 3" />
          </svg>
          {t('partnerships.network.legendSeat')}
        </li>
      </ul>
    </figure>
  );
}

function LegendMark({ shape, colour }: { shape: Shape; colour: string }) {
  return (
    <svg width="20" height="20" aria-hidden="true">
      <ShapeMark shape={shape} colour={colour} x={10} y={10} r={7} />
    </svg>
  );
}

/** Names, kinds and sectors as a reader (and a file) gives them. */
function useNodeText() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const localize = useLocalizedString();
  return {
    name: (name: LocalizedText) => localized(name),
    kind: (kind: string) => t(`partnerships.network.kind.${kind as NetworkNodeKind}`),
    sector: (code: SectorCode | null | undefined) =>
      code ? localize(SECTORS.find((sector) => sector.code === code)!.name) : t('partnerships.network.noSector'),
  };
}

function ExportButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Group mt="xs">
      <Button variant="outline" onClick={onClick}>
        {label}
      </Button>
    </Group>
  );
}

function BrokersTable({ network }: { network: Network }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useNodeText();
  const number = (value: number) => formatNumber(value, language);
  const title = t('partnerships.network.brokersTitle');
  const c = (key: string) => t(`partnerships.network.column.${key}`);
  const columns = ['rank', 'name', 'kind', 'sector', 'bridged', 'partnerships', 'forums', 'contacts', 'betweenness'];
  const rows = network.brokers.map((broker) => ({
    broker,
    name: text.name(broker.name),
    bridged: broker.sectorsBridged.map((code) => text.sector(code)).join(t('common.separator')),
  }));

  const exportCsv = () =>
    downloadCsv(
      'partnerships-network-brokers.csv',
      toCsv(
        columns.map(c),
        rows.map(({ broker, name, bridged }, index) => [
          index + 1,
          name.text,
          text.kind(broker.kind),
          text.sector(broker.sector),
          bridged,
          broker.partnerships,
          broker.forums,
          broker.contacts,
          formatBetweenness(broker.betweenness),
        ]),
      ),
    );

  return (
    <section aria-labelledby="brokers-heading" className={classes.section}>
      <Title order={2} id="brokers-heading" mb="sm">
        {title}
      </Title>
      <Text size="sm" mb="sm" maw="48rem">
        {t('partnerships.network.brokersNote')}
      </Text>
      {rows.length === 0 ? (
        <Text>{t('partnerships.network.brokersNone')}</Text>
      ) : (
        <>
          <TableScroll labelledBy="brokers-caption">
            <Table striped withTableBorder id="brokers-table">
              <Table.Caption id="brokers-caption">
                {t('partnerships.dashboard.tableCaption', { name: title })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((key) => (
                    <Table.Th key={key} scope="col">
                      {c(key)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ broker, name, bridged }, index) => (
                  <Table.Tr key={broker.id}>
                    <Table.Td>{number(index + 1)}</Table.Td>
                    <Table.Th scope="row" fw={400}>
                      <bdi lang={name.attributes.lang}>{name.text}</bdi>
                    </Table.Th>
                    <Table.Td>{text.kind(broker.kind)}</Table.Td>
                    <Table.Td>{text.sector(broker.sector)}</Table.Td>
                    <Table.Td>{bridged}</Table.Td>
                    <Table.Td>{number(broker.partnerships)}</Table.Td>
                    <Table.Td>{number(broker.forums)}</Table.Td>
                    <Table.Td>{number(broker.contacts)}</Table.Td>
                    <Table.Td>{formatBetweennessText(broker.betweenness, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <ExportButton label={t('partnerships.dashboard.exportCsv', { name: title })} onClick={exportCsv} />
        </>
      )}
    </section>
  );
}

function LinksTable({ network }: { network: Network }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useNodeText();
  const title = t('partnerships.network.linksTitle');
  const c = (key: string) => t(`partnerships.network.column.${key}`);
  const byId = new Map(network.nodes.map((node) => [node.id, node]));
  const rows = network.links.flatMap((link) => {
    const from = byId.get(link.source);
    const to = byId.get(link.target);
    return from && to ? [{ link, from: text.name(from.name), to: text.name(to.name) }] : [];
  });
  const columns = ['from', 'to', 'link', 'weight'];

  const exportCsv = () =>
    downloadCsv(
      'partnerships-network-links.csv',
      toCsv(
        columns.map(c),
        rows.map(({ link, from, to }) => [
          from.text,
          to.text,
          t(`partnerships.network.linkKind.${link.kind}`),
          link.weight,
        ]),
      ),
    );

  return (
    <section aria-labelledby="links-heading" className={classes.section}>
      <Title order={2} id="links-heading" mb="sm">
        {title}
      </Title>
      <Text size="sm" mb="sm" maw="48rem">
        {t('partnerships.network.linksNote')}
      </Text>
      <TableScroll labelledBy="links-caption">
        <Table striped withTableBorder id="links-table">
          <Table.Caption id="links-caption">{t('partnerships.dashboard.tableCaption', { name: title })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((key) => (
                <Table.Th key={key} scope="col">
                  {c(key)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ link, from, to }) => (
              <Table.Tr key={`${link.source}|${link.target}`}>
                <Table.Td>
                  <bdi lang={from.attributes.lang}>{from.text}</bdi>
                </Table.Td>
                <Table.Td>
                  <bdi lang={to.attributes.lang}>{to.text}</bdi>
                </Table.Td>
                <Table.Td>{t(`partnerships.network.linkKind.${link.kind}`)}</Table.Td>
                <Table.Td>{formatNumber(link.weight, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ExportButton label={t('partnerships.dashboard.exportCsv', { name: title })} onClick={exportCsv} />
    </section>
  );
}
