// A finished report, section by section: status, publisher, agencies, the disclaimer as quoted,
// original sources, embedded posts, and "Why?" with every piece of evidence. Props in, JSX out.
import type { ComponentChildren } from 'preact';
import type { AgencyCredit, EmbeddedPost, OriginalSource, Report } from '../../lib/report';
import { hostOf, safeHttpUrl } from '../../lib/text';
import { agencySearchUrl } from '../common/agency-search';
import { EvidenceList } from '../common/EvidenceList';
import { SafeLink } from '../common/SafeLink';
import {
  allEvidence,
  confidenceLabel,
  contributionLabel,
  countryName,
  formatDate,
  formatNumber,
  formatPercent,
  i18n,
  platformLabel,
  postLabel,
  sourceKindLabel,
  statusCssVars,
  statusExplanation,
  statusLabel,
  uiLanguage,
} from '../../utils/presentation';

export function StatusCard({ report }: { report: Report }) {
  return (
    <section class="cl-status" style={statusCssVars(report.status)} data-status={report.status} aria-labelledby="cl-status-title">
      <h1 id="cl-status-title" class="cl-status__label">
        <span class="cl-status__dot" aria-hidden="true" />
        {statusLabel(report.status)}
      </h1>
      <p class="cl-status__explain">{statusExplanation(report.status)}</p>
      <p class="cl-status__confidence">
        {confidenceLabel(report.confidence)} · <span class="cl-num">{formatPercent(report.confidence)}</span>
      </p>
    </section>
  );
}

function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="cl-field">
      <dt>{label}</dt>
      {/* Page text (a headline, a name) keeps its own direction. */}
      <dd dir="auto">{children}</dd>
    </div>
  );
}

export function AgencyCard({ agency, headline }: { agency: AgencyCredit; headline: string | null }) {
  const home = safeHttpUrl(agency.homepage);
  const search = agencySearchUrl(home, headline);
  const homeHost = hostOf(home);
  return (
    <li class="cl-agency" data-agency={agency.id}>
      <div class="cl-agency__head">
        <span class="cl-agency__short">{agency.shortName}</span>
        <span class="cl-agency__role">{contributionLabel(agency.contribution)}</span>
      </div>
      <p class="cl-agency__name">{agency.name}</p>
      {agency.country && <p class="cl-agency__country">{i18n.t('popup.agencyCountry', [countryName(agency.country, uiLanguage())])}</p>}
      {(home || search) && (
        <p class="cl-agency__links">
          {home && <SafeLink href={home}>{i18n.t('popup.agencyHome')}</SafeLink>}
          {search && homeHost && <SafeLink href={search}>{i18n.t('popup.agencyLookup', [homeHost])}</SafeLink>}
        </p>
      )}
    </li>
  );
}

export function EmbedItem({ post }: { post: EmbeddedPost }) {
  const handle = post.handle ? `@${post.handle.replace(/^@/, '')}` : null;
  return (
    <li class="cl-embed" data-platform={post.platform}>
      <div class="cl-embed__head">
        <span class="cl-embed__platform">{platformLabel(post.platform)}</span>
        {post.author && (
          <span class="cl-embed__author" dir="auto">
            {post.author}
          </span>
        )}
        {handle && (
          <span class="cl-embed__handle" dir="ltr">
            {handle}
          </span>
        )}
        {post.date && (
          <time class="cl-embed__date" dateTime={post.date}>
            {formatDate(post.date)}
          </time>
        )}
      </div>
      {post.text ? (
        <p class="cl-embed__text" dir="auto">
          {post.text}
        </p>
      ) : (
        <p class="cl-embed__text cl-muted">{i18n.t('popup.embedNoText')}</p>
      )}
      {safeHttpUrl(post.url) && (
        <SafeLink href={post.url} class="cl-embed__link">
          {i18n.t('popup.embedOpen')}
        </SafeLink>
      )}
    </li>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="cl-section" aria-labelledby={`cl-h-${id}`} data-section={id}>
      <h2 id={`cl-h-${id}`} class="cl-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function EmbedsSection({ embeds }: { embeds: EmbeddedPost[] }) {
  if (!embeds.length) return null;
  return (
    <Section id="embeds" title={`${i18n.t('popup.embeds')} (${formatNumber(embeds.length)})`}>
      <ul class="cl-embeds">
        {embeds.map((p, i) => (
          <EmbedItem key={i} post={p} />
        ))}
      </ul>
    </Section>
  );
}

export function ReportView({ report }: { report: Report }) {
  const evidence = allEvidence(report);
  const sourceLabel = (s: OriginalSource) => {
    const post = postOf(s);
    return post ? postLabel(post) : s.label;
  };
  const postOf = (s: OriginalSource) => (s.kind === 'post' ? report.embeds.find((p) => p.url === s.url) : undefined);
  return (
    <div class="cl-report">
      <StatusCard report={report} />
      {(report.publisher || report.headline || report.republishedFrom) && (
        <dl class="cl-facts">
          {report.publisher && <Field label={i18n.t('popup.publisher')}>{report.publisher}</Field>}
          {report.headline && <Field label={i18n.t('popup.headline')}>{report.headline}</Field>}
          {report.byline && <Field label={i18n.t('popup.byline')}>{report.byline}</Field>}
          {report.republishedFrom && <Field label={i18n.t('popup.republishedFrom')}>{report.republishedFrom}</Field>}
        </dl>
      )}
      {report.agencies.length > 0 && (
        <Section id="agencies" title={i18n.t('popup.agencies')}>
          <ul class="cl-agencies">
            {report.agencies.map((a) => (
              <AgencyCard key={a.id + a.contribution} agency={a} headline={report.headline} />
            ))}
          </ul>
        </Section>
      )}
      {report.disclaimer && (
        <Section id="disclaimer" title={i18n.t('popup.disclaimer')}>
          <blockquote class="cl-quote" dir="auto">
            {report.disclaimer.text}
          </blockquote>
        </Section>
      )}
      {report.originalSources.length > 0 && (
        <Section id="sources" title={i18n.t('popup.sources')}>
          <ul class="cl-sources">
            {report.originalSources.map((s, i) => (
              <li key={i} class="cl-source">
                <span class="cl-source__kind">{sourceKindLabel(s.kind)}</span>
                {/* A post is named in the reader's words ("@handle · X"); the engine's label is English. */}
                <SafeLink href={s.url} class="cl-source__label">
                  <bdi>{sourceLabel(s)}</bdi>
                </SafeLink>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <EmbedsSection embeds={report.embeds} />
      <details class="cl-why" data-section="why">
        <summary>
          <span class="cl-why__title">{i18n.t('popup.why')}</span>
          <span class="cl-why__count cl-num" title={i18n.t('popup.whyCount', [formatNumber(evidence.length)], evidence.length)}>
            {formatNumber(evidence.length)}
          </span>
        </summary>
        <p class="cl-why__hint">{i18n.t('popup.whyHint')}</p>
        {evidence.length ? <EvidenceList items={evidence} /> : <p class="cl-muted">{i18n.t('popup.whyEmpty')}</p>}
      </details>
    </div>
  );
}
