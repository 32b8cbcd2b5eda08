// The demo trust: one school per seed policy in shared/seeds. Names of schools come from the
// seeds; every person is fictional (the seeds' real named people are never used as accounts).
export interface DemoSchool {
  slug: string;
  name: string;
  /** Seed file (a copy of shared/seeds, in ./seeds) whose text becomes this school's policy. */
  seed: string;
  domain: string;
  /** What the seed itself says about approval and review (issue 3's importer will read these). */
  approvedOn: string | null;
  approvedBy: string | null;
  reviewPeriodMonths: number | null;
  nextReviewOn: string | null;
}

export const DEMO_TRUST = { name: 'Meadowbank Learning Trust', slug: 'meadowbank' };

export const DEMO_SCHOOLS: DemoSchool[] = [
  {
    slug: 'thorndown', name: 'Thorndown Primary School', seed: '000_71ff1c2339844cce.txt', domain: 'thorndown.example',
    approvedOn: '2023-03-23', approvedBy: 'Full Governing Body', reviewPeriodMonths: 24, nextReviewOn: null,
  },
  {
    slug: 'lache', name: 'Lache Primary School', seed: '001_c6ff0d512e12aa94.txt', domain: 'lache.example',
    approvedOn: '2020-09-01', approvedBy: null, reviewPeriodMonths: 24, nextReviewOn: '2022-09-01',
  },
  {
    slug: 'st-anns', name: "St Ann's School", seed: '002_88db47402f18e0a8.txt', domain: 'stanns.example',
    approvedOn: '2012-01-01', approvedBy: 'Governing Body', reviewPeriodMonths: null, nextReviewOn: '2018-01-01',
  },
  {
    slug: 'riverside', name: 'Riverside Academy', seed: '003_03f68f6aba99ea58.txt', domain: 'riverside.example',
    approvedOn: null, approvedBy: null, reviewPeriodMonths: null, nextReviewOn: null,
  },
  {
    slug: 'st-wenn', name: 'St Wenn School', seed: '004_f1558a0ea6e4a4aa.txt', domain: 'stwenn.example',
    approvedOn: null, approvedBy: null, reviewPeriodMonths: null, nextReviewOn: null,
  },
];

export const DEMO_PASSWORD = 'parapet-demo-2026';
