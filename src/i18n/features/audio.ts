// UI text of the audio views, zh-CN and en side by side (merged into the catalogues by zhCN.ts / en.ts).
// Keys start with "audio."; every Chinese message needs its English one (the type checks it).

export const audioZh = {
  'audio.mute': '关闭声音',
  'audio.unmute': '开启声音',
  'audio.captionsLabel': '现场声音字幕',
  // Captions name the sound and, where it matters, what it signals; shown also while muted.
  'audio.caption.siren': '警笛声',
  'audio.caption.loudspeaker': '现场喊话（扩音器）',
  'audio.caption.alert': '提示音',
  'audio.caption.violence': '提示音：现场出现暴力行为',
  'audio.caption.crush': '提示音：人群过密，有挤压踩踏危险',
  'audio.caption.breach': '提示音：警戒线被冲开',
} as const;

export const audioEn: Record<keyof typeof audioZh, string> = {
  'audio.mute': 'Mute sound',
  'audio.unmute': 'Turn sound on',
  'audio.captionsLabel': 'Sound captions',
  'audio.caption.siren': 'Police siren',
  'audio.caption.loudspeaker': 'Loudspeaker announcement',
  'audio.caption.alert': 'Alert tone',
  'audio.caption.violence': 'Alert tone: violence at the scene',
  'audio.caption.crush': 'Alert tone: the crowd is dangerously dense',
  'audio.caption.breach': 'Alert tone: the police line has been broken',
};
