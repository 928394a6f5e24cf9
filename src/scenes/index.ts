// Public face of the Phaser scenes.
export { VenueScene, type CrowdFrameSource, type VenueSceneDeps } from './VenueScene';
