// The scenarios built by src/cli/viteScenarios.ts at build time.
declare module 'virtual:shapan-scenarios' {
  import type { ScenarioEntry } from './scenario';
  const entries: ScenarioEntry[];
  export default entries;
}
