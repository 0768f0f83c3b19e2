// A finished report, section by section: status, publisher, agencies, the disclaimer as quoted,
// original sources, embedded posts, and "Why?" with every piece of evidence. Props in, JSX out.
import type { ComponentChildren } from 'preact';
import type { AgencyCredit, EmbeddedPost, Report } from '../../lib/report';
import { hostOf, safeHttpUrl, siteOf } from '../../lib/text';
import { agencySearchUrl } from '../common/agency-search';
import { EvidenceList } from '../common/EvidenceList';
import { SafeLink } from '../common/SafeLink';
import { SeenElsewhere } from './SeenElsewhere';
import { postLink } from '../../utils/presentation/posts';
import {
  agencyName,
  allEvidence,
  confidenceLabel,
  detailOf,
  contributionLabel,
  countryName,
  formatDate,
  formatNumber,
  formatPercent,
  i18n,
  platformLabel,
  sourceKindLabel,
  statusCssVars,
  statusExplanation,
  statusLabel,
  uiLanguage,
} from '../../utils/presentation';

/** The evidence of a verdict of "no credit found": the places the engine read, as it lists them. */
function checkedPlaces(report: Report) {
  return report.statusEvidence.filter((e) => e.ruleId === 'no-credit-found');
}

export function StatusCard({ report }: { report: Report }) {
  const detail = detailOf(report);
  // With no credit found there is no verdict to be sure of: say what was read instead of a percentage.
  const noCredit = report.status === 'staff';
  const checked = noCredit ? checkedPlaces(report) : [];
  return (
    <section class="cl-status" style={statusCssVars(report.status)} data-status={report.status} aria-labelledby="cl-status-title">
      <h1 id="cl-status-title" class="cl-status__label">
        <span class="cl-status__dot" aria-hidden="true" />
        {statusLabel(report.status)}
      </h1>
      {detail && (
        <p class="cl-status__detail" dir="auto">
          {detail}
        </p>
      )}
      {noCredit ? (
        <>
          <p class="cl-status__explain">{statusExplanation(report.status)}</p>
          {checked.length > 0 && (
            <div class="cl-status__checked" data-section="checked">
              <h2 class="cl-status__checked-title">{i18n.t('popup.checked')}</h2>
              <ul>
                {/* The engine's own account of what it read (in its words, like any evidence text). */}
                {checked.map((e, i) => (
                  <li key={i} dir="auto">
                    {e.text}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      ) : (
        <p class="cl-status__confidence">{i18n.t('popup.certainty', [confidenceLabel(report.confidence), formatPercent(report.confidence)])}</p>
      )}
    </section>
  );
}

/** `clamp`: the field shows one line, with the whole text (page text, as an attribute value) on hover. */
function Field({ label, children, clamp }: { label: string; children: ComponentChildren; clamp?: string }) {
  return (
    <div class="cl-field">
      <dt>{label}</dt>
      {/* Page text (a headline, a name) keeps its own direction. */}
      <dd dir="auto" class={clamp ? 'cl-clamp' : undefined} title={clamp}>
        {children}
      </dd>
    </div>
  );
}

/** The agency whose own site the page is on, when a text credit names it. */
function ownSiteAgency(report: Report): AgencyCredit | undefined {
  const page = siteOf(hostOf(report.url));
  return page ? report.agencies.find((a) => a.contribution !== 'photo' && siteOf(hostOf(a.homepage)) === page) : undefined;
}

export function AgencyCard({ agency, headline, pageUrl }: { agency: AgencyCredit; headline: string | null; pageUrl?: string | null }) {
  const home = safeHttpUrl(agency.homepage);
  const homeHost = hostOf(home);
  // Finding the story at the agency makes sense for its text, and not from the agency's own site.
  const elsewhere = siteOf(homeHost) !== siteOf(hostOf(pageUrl ?? null));
  const search = agency.contribution !== 'photo' && elsewhere ? agencySearchUrl(home, headline) : null;
  const shown = agencyName(agency);
  return (
    <li class="cl-agency" data-agency={agency.id}>
      <div class="cl-agency__head">
        <span class="cl-agency__short" dir="auto">
          {shown}
        </span>
        <span class="cl-agency__role">{contributionLabel(agency.contribution)}</span>
      </div>
      {agency.id !== 'agencies' && agency.name !== shown && (
        <p class="cl-agency__name" dir="auto">
          {agency.name}
        </p>
      )}
      {agency.country && <p class="cl-agency__country">{i18n.t('popup.agencyCountry', [countryName(agency.country, uiLanguage())])}</p>}
      {(home || search) && (
        <p class="cl-agency__links">
          {home && <SafeLink href={home}>{i18n.t('popup.agencyHome')}</SafeLink>}
          {search && homeHost && (
            <SafeLink href={search} class="cl-agency__lookup">
              {i18n.t('popup.agencyLookup', [homeHost])}
            </SafeLink>
          )}
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
      {postLink(post) && (
        <SafeLink href={postLink(post)} class="cl-embed__link">
          {i18n.t('popup.embedOpen')}
        </SafeLink>
      )}
    </li>
  );
}

/**
 * A titled section; a long one (`fold`) is a closed <details> with its count in the summary, so a
 * typical report fits the browsers' 600 px popup.
 */
function Section({ id, title, children, fold }: { id: string; title: string; children: ComponentChildren; fold?: boolean }) {
  if (fold)
    return (
      <details class="cl-section cl-section--fold" data-section={id}>
        <summary id={`cl-h-${id}`} class="cl-section__title">
          {title}
        </summary>
        {children}
      </details>
    );
  return (
    <section class="cl-section" aria-labelledby={`cl-h-${id}`} data-section={id}>
      <h2 id={`cl-h-${id}`} class="cl-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** More items than this and a list starts closed. */
const FOLD_AFTER = 2;

export function EmbedsSection({ embeds }: { embeds: EmbeddedPost[] }) {
  if (!embeds.length) return null;
  return (
    <Section id="embeds" title={`${i18n.t('popup.embeds')} (${formatNumber(embeds.length)})`} fold>
      <ul class="cl-embeds">
        {embeds.map((p, i) => (
          <EmbedItem key={i} post={p} />
        ))}
      </ul>
    </Section>
  );
}

export function ReportView({ report }: { report: Report }) {
  const noCredit = report.status === 'staff';
  // What the status card already lists ("What was checked") is not listed again under Why?.
  const evidence = noCredit ? allEvidence(report).filter((e) => e.ruleId !== 'no-credit-found') : allEvidence(report);
  const own = ownSiteAgency(report);
  // Agencies and posts have their own sections; the originals list keeps publishers, canonical copies, releases.
  const sources = report.originalSources.filter((s) => s.kind !== 'agency' && s.kind !== 'post');
  return (
    <div class="cl-report">
      <StatusCard report={report} />
      {own && (
        <p class="cl-note" data-note="own-site">
          {i18n.t('popup.ownSite', [agencyName(own)])}
        </p>
      )}
      {(report.publisher || report.headline || report.republishedFrom) && (
        <dl class="cl-facts">
          {report.publisher && <Field label={i18n.t('popup.publisher')}>{report.publisher}</Field>}
          {report.headline && (
            <Field label={i18n.t('popup.headline')} clamp={report.headline}>
              {report.headline}
            </Field>
          )}
          {report.byline && <Field label={i18n.t('popup.byline')}>{report.byline}</Field>}
          {report.republishedFrom && <Field label={i18n.t('popup.republishedFrom')}>{report.republishedFrom}</Field>}
        </dl>
      )}
      {report.agencies.length > 0 && (
        // The status line names the agencies already: their cards (site, search, country) fold.
        <Section id="agencies" title={`${i18n.t('popup.agencies')} (${formatNumber(report.agencies.length)})`} fold>
          <ul class="cl-agencies">
            {report.agencies.map((a) => (
              <AgencyCard key={a.id + a.contribution} agency={a} headline={report.headline} pageUrl={report.url} />
            ))}
          </ul>
        </Section>
      )}
      <SeenElsewhere report={report} />
      {report.disclaimer && (
        <Section id="disclaimer" title={i18n.t('popup.disclaimer')}>
          <blockquote class="cl-quote" dir="auto">
            {report.disclaimer.text}
          </blockquote>
        </Section>
      )}
      {sources.length > 0 && (
        <Section id="sources" title={i18n.t('popup.sources')} fold={sources.length > FOLD_AFTER}>
          <ul class="cl-sources">
            {sources.map((s, i) => (
              <li key={i} class="cl-source">
                <span class="cl-source__kind">{sourceKindLabel(s.kind)}</span>
                <SafeLink href={s.url} class="cl-source__label">
                  <bdi>{s.label}</bdi>
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
        {/* What the status means, then every clue: the label says it in a few words, this says it in full. */}
        {!noCredit && <p class="cl-why__explain">{statusExplanation(report.status)}</p>}
        <p class="cl-why__hint">{i18n.t('popup.whyHint')}</p>
        {evidence.length ? <EvidenceList items={evidence} /> : <p class="cl-muted">{i18n.t('popup.whyEmpty')}</p>}
      </details>
      <p class="cl-scope" data-note="scope">
        {i18n.t('popup.scope')}
      </p>
    </div>
  );
}
