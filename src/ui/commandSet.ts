// The command buttons of the first page: each one issues a real trainee command (crowd-model.md §5.3).
// Which zone a deployment targets is given by the caller (the preset's focal zone).
import type { Command } from '../sim';
import type { MessageKey } from '../i18n';

export interface CommandButton {
  id: string;
  label: MessageKey;
  hint: MessageKey;
  command: Command;
}

/** The first page's commands, deploying into `zone`. */
export function commandButtonsFor(zone: string): CommandButton[] {
  return [
    {
      id: 'deploy-liaison', label: 'cmd.deployLiaison', hint: 'cmd.deployLiaison.hint',
      command: { command: 'deploy', args: { posture: 'liaison', count: 20, zone } },
    },
    {
      id: 'deploy-riot', label: 'cmd.deployRiot', hint: 'cmd.deployRiot.hint',
      command: { command: 'deploy', args: { posture: 'riot', count: 30, zone } },
    },
    {
      id: 'release', label: 'cmd.release', hint: 'cmd.release.hint',
      command: { command: 'release', args: { channel: 'official', transparency: 0.8, counterRumor: true } },
    },
    {
      id: 'speak', label: 'cmd.speak', hint: 'cmd.speak.hint',
      command: { command: 'speak', args: { tone: 'empathetic' } },
    },
  ];
}
