import { rotationRules, type RotationInput, type RotationRules } from '../src/staff/rotation/model-input';

/**
 * Synthetic archive offices for the rotation benchmark (issue 11 point 8): regions of about
 * twenty posts, a third of them needing a certificate, staff spread over the posts with stays
 * of every age, a few on exchange, in probation or near retirement, and some wishes. The same
 * seed gives the same office.
 */
export interface SyntheticOffice {
  staff: number;
  posts: number;
  months: number;
  seed: number;
  rules?: Partial<RotationRules>;
}

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32: enough to spread a synthetic office, and reproducible.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
function monthsFrom(start: string, months: number, day = 1): string {
  const [y, m] = start.split('-').map(Number);
  const index = y * 12 + m - 1 + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-${pad(day)}`;
}

export function syntheticRotationInput(office: SyntheticOffice): RotationInput {
  const next = random(office.seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const startDate = '2027-01-01';
  const regionCount = Math.max(2, Math.round(office.posts / 20));
  const regions = Array.from({ length: regionCount }, (_, i) => `R${i + 1}`);
  const codes = ['ARCHIVE-CERT', 'SECRECY', 'DIGITISATION'];
  const perPost = office.staff / office.posts;
  const posts = Array.from({ length: office.posts }, (_, i) => ({
    id: i + 1,
    region: regions[i % regionCount],
    requiredQualification: i % 3 === 0 ? codes[i % codes.length] : null,
    maxTenureMonths: pick([36, 36, 48, 60]),
    minStaff: Math.max(1, Math.floor(perPost * 0.6)),
    maxStaff: Math.ceil(perPost * 1.6),
  }));
  const staff: RotationInput['staff'] = [];
  const history: RotationInput['history'] = [];
  const preferences: RotationInput['preferences'] = [];
  for (let i = 0; i < office.staff; i++) {
    const id = i + 1;
    const post = posts[i % office.posts];
    const regionPosts = posts.filter((p) => p.region === post.region);
    const roll = next();
    const onExchange = roll < 0.03;
    const inProbation = roll >= 0.03 && roll < 0.06;
    const retiring = roll >= 0.06 && roll < 0.1;
    // Someone kept in post (exchange, retirement) must not pass its tenure meanwhile: that is a
    // real conflict, which the pre-check reports; probation follows a first post, so is recent.
    const keptFor = retiring ? 24 : onExchange ? 12 : 6;
    const served = inProbation
      ? Math.floor(next() * 6)
      : Math.floor(next() * Math.min(post.maxTenureMonths - keptFor, 34));
    const currentSince = monthsFrom(startDate, -served, 1 + Math.floor(next() * 27));
    const qualifications = codes
      .filter((code) => code === post.requiredQualification || next() < 0.5)
      .map((code) => ({
        code,
        validFrom: monthsFrom(startDate, -60),
        // Some certificates lapse during the horizon unless renewed.
        validTo: code !== post.requiredQualification && next() < 0.2 ? monthsFrom(startDate, 18, 28) : null,
      }));
    staff.push({
      id,
      region: post.region,
      qualifications,
      onExchange: onExchange ? [{ from: monthsFrom(startDate, 3), to: monthsFrom(startDate, 9, 28) }] : false,
      probationEnd: inProbation ? monthsFrom(currentSince, 12) : null,
      retirementDate: retiring ? monthsFrom(startDate, 1 + Math.floor(next() * 22), 20) : null,
      currentPostId: post.id,
      currentSince,
    });
    const earlier = pick(regionPosts.filter((p) => p.id !== post.id));
    if (earlier)
      history.push({ staffId: id, postId: earlier.id, start: monthsFrom(currentSince, -30), end: currentSince });
    history.push({ staffId: id, postId: post.id, start: currentSince, end: null });
    if (next() < 0.3)
      preferences.push({ staffId: id, postId: pick(regionPosts).id, weight: 1 + Math.floor(next() * 3) });
  }
  return { startDate, months: office.months, staff, posts, history, preferences, rules: rotationRules(office.rules) };
}
