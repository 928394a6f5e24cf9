// UI text of the screens views, zh-CN and en side by side (merged into the catalogues by zhCN.ts / en.ts).
// Keys start with "screens."; every Chinese message needs its English one (the type checks it).

export const screensZh = {
  // Header (every screen).
  'screens.header.label': '系统栏',
  'screens.header.language': '界面语言',
  'screens.header.mute': '静音',
  // Language names are written in their own language in both catalogues.
  'screens.header.langZh': '中文',
  'screens.header.langEn': 'English',

  // Picker: page.
  'screens.picker.heading': '演练准备',
  'screens.picker.intro': '选择训练模式，填写学员信息，再选定演练科目开始。',

  // Picker: resume banner.
  'screens.picker.resume.label': '未完成的演练',
  'screens.picker.resume.text': '继续上次未完成的演练：{title}',
  'screens.picker.resume.detail': '现场时间 {clock}，保存于 {savedAt}',
  'screens.picker.resume.continue': '继续演练',
  'screens.picker.resume.discard': '放弃',
  'screens.picker.resume.confirm': '放弃后进度无法恢复。确定放弃上次的演练吗？',
  'screens.picker.resume.confirmYes': '确定放弃',
  'screens.picker.resume.confirmNo': '取消',

  // Picker: trainee.
  'screens.picker.trainee.heading': '学员信息',
  'screens.picker.trainee.name': '学员姓名',
  'screens.picker.trainee.unit': '所在单位',
  'screens.picker.trainee.id': '警号（可选）',
  'screens.picker.trainee.required': '考核必填',
  'screens.picker.trainee.remembered': '以上信息保存在本机，下次自动填入。',
  'screens.picker.error.nameRequired': '考核模式须填写学员姓名。',
  'screens.picker.error.unitRequired': '考核模式须填写所在单位。',
  'screens.picker.error.tooLong': '不能超过 {max} 个字。',
  'screens.picker.error.idFormat': '警号只能由数字、字母或连字符组成。',

  // Picker: mode.
  'screens.picker.mode.heading': '训练模式',
  'screens.picker.mode.practice': '练习模式',
  'screens.picker.mode.practiceNote': '可暂停、调速（1×/2×/4×），决策时有要点提示，可从任一决策点重新来过；成绩仅保存在本机。',
  'screens.picker.mode.assessment': '考核模式',
  'screens.picker.mode.assessmentNote': '现场时钟连续运行、不可暂停，无提示；结束后生成成绩文件，交教官审核。',

  // Picker: scenario cards.
  'screens.picker.scenarios.heading': '演练科目',
  'screens.picker.scenarios.empty': '暂无可用的演练科目。',
  'screens.picker.card.place': '地点：{place}',
  'screens.picker.card.difficulty': '难度',
  'screens.picker.card.difficultyOf': '（共 {max} 级，第 {level} 级）',
  'screens.picker.card.duration': '预计用时 {n} 分钟',
  'screens.picker.difficulty.1': '基础',
  'screens.picker.difficulty.2': '中等',
  'screens.picker.difficulty.3': '较难',
  'screens.picker.case.real': '根据真实案例改编',
  'screens.picker.case.composite': '综合案例',
  'screens.picker.start': '开始演练',
  'screens.picker.startNamed': '开始演练：{title}',
} as const;

export const screensEn: Record<keyof typeof screensZh, string> = {
  'screens.header.label': 'Application bar',
  'screens.header.language': 'Interface language',
  'screens.header.mute': 'Mute',
  'screens.header.langZh': '中文',
  'screens.header.langEn': 'English',

  'screens.picker.heading': 'Prepare a drill',
  'screens.picker.intro': 'Choose a mode, enter your details, then pick a scenario to start.',

  'screens.picker.resume.label': 'Unfinished drill',
  'screens.picker.resume.text': 'Resume the unfinished drill: {title}',
  'screens.picker.resume.detail': 'scene time {clock}, saved {savedAt}',
  'screens.picker.resume.continue': 'Resume drill',
  'screens.picker.resume.discard': 'Discard',
  'screens.picker.resume.confirm': 'A discarded drill cannot be recovered. Discard the last drill?',
  'screens.picker.resume.confirmYes': 'Discard it',
  'screens.picker.resume.confirmNo': 'Cancel',

  'screens.picker.trainee.heading': 'Trainee',
  'screens.picker.trainee.name': 'Name',
  'screens.picker.trainee.unit': 'Unit',
  'screens.picker.trainee.id': 'Police number (optional)',
  'screens.picker.trainee.required': 'required for assessment',
  'screens.picker.trainee.remembered': 'These details are kept on this computer and filled in next time.',
  'screens.picker.error.nameRequired': 'Assessment requires a name.',
  'screens.picker.error.unitRequired': 'Assessment requires a unit.',
  'screens.picker.error.tooLong': 'At most {max} characters.',
  'screens.picker.error.idFormat': 'A police number has only digits, letters or hyphens.',

  'screens.picker.mode.heading': 'Mode',
  'screens.picker.mode.practice': 'Practice',
  'screens.picker.mode.practiceNote': 'Pause, change speed (1×/2×/4×), get hints at decisions and try again from any decision; results stay on this computer.',
  'screens.picker.mode.assessment': 'Assessment',
  'screens.picker.mode.assessmentNote': 'The scene clock runs without pause and there are no hints; at the end a result file is produced for the instructor.',

  'screens.picker.scenarios.heading': 'Scenarios',
  'screens.picker.scenarios.empty': 'No scenarios are available.',
  'screens.picker.card.place': 'Place: {place}',
  'screens.picker.card.difficulty': 'Difficulty',
  'screens.picker.card.difficultyOf': '(level {level} of {max})',
  'screens.picker.card.duration': 'About {n} minutes',
  'screens.picker.difficulty.1': 'Basic',
  'screens.picker.difficulty.2': 'Intermediate',
  'screens.picker.difficulty.3': 'Advanced',
  'screens.picker.case.real': 'Based on a real case',
  'screens.picker.case.composite': 'Composite case',
  'screens.picker.start': 'Start drill',
  'screens.picker.startNamed': 'Start drill: {title}',
};
