/** The Slack adapter's public surface, for the composition root. */
export {
  createSlackAdapter,
  REQUIRED_BOT_SCOPES,
  SLACK_EVENTS_PATH,
  type SlackAdapter,
  type SlackAdapterOptions,
  type SlackCustomRoute,
} from './slack-adapter.ts';
