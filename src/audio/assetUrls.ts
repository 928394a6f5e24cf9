// URLs of the synthesised sound files (scripts/synthAudio.mjs) as Vite serves or bundles them.
// Browser/Vite only: Node cannot import `?url` modules, so tests and the CLI never import this file.
import crowdCalm from '../../assets/audio/crowd-calm.wav?url';
import crowdAgitated from '../../assets/audio/crowd-agitated.wav?url';
import siren from '../../assets/audio/siren.wav?url';
import loudspeaker from '../../assets/audio/loudspeaker.wav?url';
import click from '../../assets/audio/click.wav?url';
import alert from '../../assets/audio/alert.wav?url';
import type { AudioUrls } from './types';

/** Where each sound file is served from, for `new AudioDirector({ urls: AUDIO_URLS, … })`. */
export const AUDIO_URLS: AudioUrls = { crowdCalm, crowdAgitated, siren, loudspeaker, click, alert };
