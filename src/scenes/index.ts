// Public face of the Phaser scenes.
export { VenueScene, MAP_FONT_FAMILY, type CrowdFrameSource, type VenueSceneDeps } from './VenueScene';
