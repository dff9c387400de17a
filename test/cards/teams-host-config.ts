/**
 * The host config of Microsoft Teams' light theme, as Microsoft publishes it for the Adaptive
 * Cards designer (samples/HostConfig/microsoft-teams-light.json in microsoft/AdaptiveCards):
 * Segoe UI, Teams' spacings, font sizes and colours, at most six actions, inline show-cards.
 * Validation uses it so a card Teams would refuse (a seventh action, say) fails here first;
 * the screenshot script renders with it so pictures look like Teams.
 */

/** The same text colours on every container style, as in Teams. */
const FOREGROUND = {
  default: { default: '#ff252424', subtle: '#bf252424' },
  dark: { default: '#252424', subtle: '#bf252424' },
  light: { default: '#ffffff', subtle: '#fff3f2f1' },
  accent: { default: '#6264a7', subtle: '#8b8cc7' },
  good: { default: '#92c353', subtle: '#e592c353' },
  warning: { default: '#f8d22a', subtle: '#e5f8d22a' },
  attention: { default: '#c4314b', subtle: '#e5c4314b' },
};

const FONT_SIZES = { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 };
const FONT_WEIGHTS = { lighter: 200, default: 400, bolder: 600 };

const style = (backgroundColor: string) => ({ backgroundColor, foregroundColors: FOREGROUND });

/** Teams' light-theme host config, in the JSON shape `new HostConfig(…)` reads. */
export const TEAMS_LIGHT_HOST_CONFIG = {
  choiceSetInputValueSeparator: ',',
  supportsInteractivity: true,
  fontFamily: "'Segoe UI', Tahoma, Geneva, Verdana, sans-serif",
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#EEEEEE' },
  imageSizes: { small: 32, medium: 52, large: 100 },
  fontTypes: {
    default: {
      fontFamily: "'Segoe UI', Tahoma, Geneva, Verdana, sans-serif",
      fontSizes: FONT_SIZES,
      fontWeights: FONT_WEIGHTS,
    },
    monospace: {
      fontFamily: "'Courier New', Courier, monospace",
      fontSizes: FONT_SIZES,
      fontWeights: FONT_WEIGHTS,
    },
  },
  containerStyles: {
    default: style('#ffffff'),
    emphasis: style('#fff9f8f7'),
    accent: style('#C7DEF9'),
    good: style('#CCFFCC'),
    attention: style('#FFC5B2'),
    warning: style('#FFE2B2'),
  },
  actions: {
    maxActions: 6,
    spacing: 'Default',
    buttonSpacing: 8,
    showCard: { actionMode: 'Inline', inlineTopMargin: 16, style: 'emphasis' },
    preExpandSingleShowCardAction: false,
    actionsOrientation: 'Horizontal',
    actionAlignment: 'Left',
  },
  adaptiveCard: { allowCustomStyle: false },
  imageSet: { imageSize: 'Medium', maxImageHeight: 100 },
  factSet: {
    // Microsoft's file spells `wrap` as "warp", so Teams' own value is the default, true.
    title: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Bolder', wrap: true },
    value: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Default', wrap: true },
    spacing: 16,
  },
} as const;
