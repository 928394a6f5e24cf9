// The scenarios built by src/cli/viteScenarios.ts at build time.
declare module 'virtual:shapan-scenarios' {
  import type { ScenarioBundle } from './scenario';
  const bundles: ScenarioBundle[];
  export default bundles;
}
