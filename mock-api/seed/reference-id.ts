/**
 * The reference facts in Bahasa Indonesia. The Bali Process publishes its documents in English
 * only, so every text here is the product's own translation (`source: 'product'`), written with
 * the glossary in src/locale/GLOSSARY-id.md; a native speaker should review them before release.
 */
const product = 'product' as const;

export const GOALS_ID: Record<string, { title: string; statement: string }> = {
  SG1: {
    title: 'Kerja sama dan kapabilitas melawan penyelundupan dan perdagangan orang',
    statement:
      'Meningkatkan kerja sama dan memperkuat kapabilitas Negara Anggota dalam menanggulangi penyelundupan manusia, perdagangan orang, dan kejahatan transnasional terkait, termasuk isu-isu terkini dan yang sedang berkembang.',
  },
  SG2: {
    title: 'Aksi regional terpadu melalui berbagi informasi',
    statement:
      'Mendorong aksi regional terpadu dalam perlindungan pengungsi dan migrasi internasional, termasuk perdagangan manusia, penyelundupan, dan pengelolaan perbatasan, melalui berbagi informasi termasuk pertukaran praktik terbaik.',
  },
  SG3: {
    title: 'Kerja sama dalam pemulangan',
    statement:
      'Meningkatkan kapasitas negara-negara di kawasan untuk bekerja sama dalam pemulangan.',
  },
  SG4: {
    title: 'Pergerakan tidak teratur di laut',
    statement:
      'Meningkatkan kapasitas kawasan untuk berkolaborasi dalam menangani pergerakan tidak teratur berskala besar di laut.',
  },
  SG5: {
    title: 'Pengiriman informasi pribadi yang aman',
    statement:
      'Memperkuat kapasitas negara-negara di kawasan untuk mengirimkan informasi pribadi secara aman.',
  },
  SG6: {
    title: 'Kemitraan dengan organisasi regional',
    statement:
      'Membangun dan memperkuat kemitraan dengan organisasi regional yang ada seperti ASEAN, COMMIT, dan SAARC untuk memastikan keselarasan yang lebih baik dan mengurangi duplikasi upaya.',
  },
  SG7: {
    title: 'Kepercayaan pada RSO sebagai titik koordinasi',
    statement:
      'Membangun kepercayaan Negara Anggota terhadap kegunaan RSO sebagai titik koordinasi regional untuk isu migrasi tidak teratur dengan memberikan dukungan logistik, administratif, koordinasi, dan operasional kepada kelompok kerja Proses Bali.',
  },
};

export const PURPOSES_ID: Record<string, { title: string; statement: string }> = {
  CP1: {
    title: 'Tanggap terhadap anggota',
    statement: 'Memastikan RSO tanggap terhadap Anggota dan Kelompok Kerja Proses Bali.',
  },
  CP2: {
    title: 'Peningkatan kapasitas operasional',
    statement:
      'Mengembangkan dan melaksanakan kegiatan peningkatan kapasitas operasional yang sesuai kebutuhan dan relevan dengan mandat Proses Bali.',
  },
  CP3: {
    title: 'Kebijakan dan praktik terbaik',
    statement:
      'Memberikan dukungan dalam pengembangan kebijakan dan mempromosikan praktik terbaik dalam pengelolaan migrasi serta penanganan penyelundupan manusia, perdagangan orang, dan kejahatan transnasional terkait.',
  },
  CP4: {
    title: 'Keterlibatan di luar Proses Bali',
    statement:
      'Secara aktif melibatkan dan mempromosikan kerja RSO kepada mitra dan dialog di luar struktur Proses Bali.',
  },
};

export const FUNCTIONS_ID: Record<string, { title: string; statement: string }> = {
  F1: {
    title: 'Berbagi informasi',
    statement:
      'Berbagi informasi tentang perdagangan orang, penyelundupan, migrasi dan pengelolaan perbatasan, serta perlindungan pengungsi.',
  },
  F2: {
    title: 'Peningkatan kapasitas dan praktik terbaik',
    statement: 'Peningkatan kapasitas dan pertukaran praktik terbaik.',
  },
  F3: {
    title: 'Menghimpun sumber daya teknis',
    statement: 'Menghimpun sumber daya teknis bersama.',
  },
  F4: {
    title: 'Dukungan untuk proyek bersama',
    statement:
      'Dukungan logistik, administratif, koordinasi, dan operasional untuk proyek percontohan bersama.',
  },
};

export const WORKING_GROUPS_ID: Record<string, string> = {
  WGTIP: 'Kelompok Kerja Perdagangan Orang',
  WGDCN:
    'Kelompok Kerja Pemutusan Jaringan Kriminal yang Terlibat dalam Penyelundupan Manusia dan Perdagangan Orang',
  TEGRR: 'Kelompok Pakar Teknis Pemulangan dan Reintegrasi',
  TFPP: 'Satuan Tugas Perencanaan dan Kesiapsiagaan',
  TEWGIM: 'Kelompok Kerja Pakar Teknis Migrasi Tidak Teratur',
  GABF: 'Forum Pemerintah dan Bisnis',
  AHG: 'Kelompok Ad Hoc',
};

/** Organisations: states are named by the browser's own country names (Intl.DisplayNames). */
export const ORGANISATIONS_ID: Record<string, string> = {
  IOM: 'Organisasi Internasional untuk Migrasi (IOM)',
  UNHCR: 'Kantor Komisioner Tinggi PBB untuk Pengungsi (UNHCR)',
  UNODC: 'Kantor PBB untuk Narkoba dan Kejahatan (UNODC)',
  ILO: 'Organisasi Perburuhan Internasional (ILO)',
  ASEAN: 'Sekretariat ASEAN',
  PIFS: 'Sekretariat Forum Kepulauan Pasifik',
  EU: 'Uni Eropa',
  UNDP: 'Program Pembangunan PBB (UNDP)',
  WB: 'Bank Dunia',
  ADB: 'Bank Pembangunan Asia',
  IGC: 'Konsultasi Antarpemerintah tentang Migrasi, Suaka, dan Pengungsi (IGC)',
  INTERPOL: 'INTERPOL',
  ICRC: 'Komite Internasional Palang Merah (ICRC)',
  IFRC: 'Federasi Internasional Perhimpunan Palang Merah dan Bulan Sabit Merah (IFRC)',
  ICMPD: 'Pusat Internasional untuk Pengembangan Kebijakan Migrasi (ICMPD)',
  ADFM: 'Dialog Asia tentang Migrasi Paksa (ADFM)',
  UNACT: 'Aksi PBB untuk Kerja Sama melawan Perdagangan Orang (UN-ACT)',
};

/** A meeting's names in Indonesian, from its kind and number ("ke-19"). */
export function meetingId(meeting: { name: string; shortName: string; kind: string }): {
  name: string;
  shortName: string;
} {
  const n = /^(\d+)/.exec(meeting.shortName)?.[1] ?? '';
  const hybrid = /\(hybrid\)/.test(meeting.name) ? ' (hibrida)' : '';
  if (meeting.kind === 'ministerial-conference')
    return {
      name: `Konferensi Tingkat Menteri ke-${n}`,
      shortName: `Konferensi Tingkat Menteri ke-${n}`,
    };
  if (meeting.kind === 'ahg-som')
    return {
      name: `Pertemuan Pejabat Senior Kelompok Ad Hoc ke-${n}${hybrid}`,
      shortName: `SOM AHG ke-${n}`,
    };
  return { name: meeting.name, shortName: meeting.shortName };
}

export const FRAMEWORKS_ID: Record<string, string> = {
  SP2018: 'Rencana Strategis 2018–2020',
  SP2021: 'Rencana Strategis 2021–2022',
};

export const INDICATOR_UNITS_ID: Record<string, string> = {
  '%': '%',
  USD: 'USD',
  activities: 'kegiatan',
  arrangements: 'pengaturan',
  campaigns: 'kampanye',
  days: 'hari',
  events: 'acara',
  'member states': 'negara anggota',
  people: 'orang',
  points: 'poin',
  publications: 'publikasi',
  requests: 'permintaan',
  'score (1–5)': 'skor (1–5)',
  secondments: 'penugasan sementara',
  'working groups': 'kelompok kerja',
};

export const INDICATORS_ID: Record<string, { name: string; definition: string }> = {
  'IND-01': {
    name: 'Kegiatan peningkatan kapasitas yang dilaksanakan',
    definition: 'Pelatihan, lokakarya, dan latihan simulasi yang selesai dalam periode.',
  },
  'IND-02': {
    name: 'Pejabat yang dilatih',
    definition: 'Peserta pelatihan dan lokakarya yang telah selesai.',
  },
  'IND-03': {
    name: 'Perempuan di antara peserta',
    definition:
      'Perempuan sebagai bagian dari peserta yang jenis kelaminnya tercatat, di seluruh kegiatan yang selesai (rasio jumlah).',
  },
  'IND-04': {
    name: 'Negara anggota yang terjangkau',
    definition:
      'Negara anggota Proses Bali yang berbeda yang mengikuti sedikitnya satu kegiatan yang selesai sejak awal kerangka kerja.',
  },
  'IND-05': {
    name: 'Acara berbagi informasi yang diselenggarakan',
    definition: 'Diskusi meja bundar, forum, dan sesi komunitas praktik yang selesai.',
  },
  'IND-06': {
    name: 'Kegiatan kerja sama pemulangan',
    definition: 'Kegiatan selesai yang berkontribusi pada kerja sama pemulangan.',
  },
  'IND-07': {
    name: 'Latihan tentang pergerakan tidak teratur di laut',
    definition:
      'Latihan simulasi, pelatihan, dan lokakarya tentang pergerakan tidak teratur berskala besar di laut.',
  },
  'IND-08': {
    name: 'Pejabat yang dilatih tentang pengiriman informasi yang aman',
    definition: 'Peserta kegiatan selesai tentang pengiriman informasi pribadi secara aman.',
  },
  'IND-09': {
    name: 'Pengaturan kerja sama dengan organisasi regional yang berlaku',
    definition:
      'Pengaturan (MoU, pertukaran surat) dengan organisasi regional seperti ASEAN, COMMIT, dan SAARC yang berlaku pada akhir periode.',
  },
  'IND-10': {
    name: 'Kegiatan yang dilaksanakan bersama mitra regional',
    definition: 'Kegiatan selesai yang berkontribusi pada kemitraan dengan organisasi regional.',
  },
  'IND-11': {
    name: 'Acara kelompok kerja yang didukung',
    definition:
      'Kegiatan selesai yang memberikan dukungan koordinasi atau operasional kepada kelompok kerja Proses Bali.',
  },
  'IND-12': {
    name: 'Kepuasan peserta',
    definition: 'Rata-rata kepuasan (1–5) pelatihan, lokakarya, dan latihan yang dievaluasi.',
  },
  'IND-13': {
    name: 'Peningkatan pengetahuan dari pelatihan',
    definition: 'Rata-rata selisih nilai pasca-tes dan pra-tes, dalam poin persentase.',
  },
  'IND-14': {
    name: 'Penugasan sementara yang selesai',
    definition:
      'Pejabat yang ditempatkan di RSO untuk suatu proyek, dihitung sejak awal kerangka kerja.',
  },
  'IND-15': {
    name: 'Panduan kebijakan dan penelitian yang diterbitkan',
    definition:
      'Panduan kebijakan, sumber daya, dan studi penelitian yang selesai sejak awal kerangka kerja.',
  },
  'IND-16': {
    name: 'Hari untuk menanggapi permintaan anggota',
    definition:
      'Rata-rata hari kerja antara permintaan dukungan dari anggota dan tanggapan RSO, sesuai laporan terakhir.',
  },
  'IND-17': {
    name: 'Biaya per peserta',
    definition:
      'Biaya kegiatan dibagi jumlah peserta, pada kegiatan yang mencatat keduanya (rasio jumlah).',
  },
  'IND-18': {
    name: 'Kampanye informasi yang dijalankan',
    definition: 'Kampanye informasi publik yang selesai.',
  },
  'IND-19': {
    name: 'Negara anggota yang menjadi tuan rumah kegiatan',
    definition:
      'Negara anggota berbeda yang menjadi tuan rumah kegiatan tatap muka atau hibrida yang selesai.',
  },
  'IND-20': {
    name: 'Kelompok kerja yang didukung',
    definition:
      'Kelompok kerja Proses Bali berbeda yang dilayani oleh sedikitnya satu kegiatan yang selesai.',
  },
  'IND-21': {
    name: 'Permintaan dukungan yang diterima dari anggota',
    definition:
      'Permintaan dukungan RSO yang diterima dari negara anggota dan kelompok kerja, sesuai laporan bulanan.',
  },
};

/** The Indonesian of a record, marked as the product's own translation. */
export function indonesian<T extends object>(texts: T | undefined) {
  return texts ? { translations: { id: { ...texts, source: product } } } : {};
}
