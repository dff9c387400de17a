import type { Catalogue, Topic } from '../data/catalogue-schema.js';
import { format, type Language } from '../i18n/i18n.js';
import type { Strings } from '../i18n/en.js';

function hours(minutes: number, language: Language): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
    maximumFractionDigits: 1,
  }).format(minutes / 60);
}

/** "1.5–2 h" / "1,5 à 2 h", or "6 h" for a fixed length. */
export function durationText(topic: Topic, t: Strings, language: Language): string {
  if (topic.minMinutes === topic.maxMinutes) {
    return format(t.common.durationFixed, { hours: hours(topic.minMinutes, language) });
  }
  return format(t.common.duration, {
    min: hours(topic.minMinutes, language),
    max: hours(topic.maxMinutes, language),
  });
}

/** A topic as the request card lists it: choice title, duration, pre-reading and objectives. */
export function topicSummaries(catalogue: Catalogue, t: Strings, language: Language) {
  return catalogue.topics
    .filter((topic) => topic.active)
    .map((topic) => {
      const duration = durationText(topic, t, language);
      return {
        id: topic.id,
        title: topic.title[language],
        choiceTitle: `${topic.title[language]} (${duration})`,
        durationText: duration,
        preReadingText: topic.preReading
          ? format(t.common.preReading, {
              title: topic.preReading.title[language],
              minutes: topic.preReading.readingMinutes,
            })
          : '',
        objectivesText: topic.objectives[language].map((o) => `- ${o}`).join('\n'),
      };
    });
}

/** A topic's title in a language, or its id when the catalogue no longer has it. */
export function topicTitle(catalogue: Catalogue, id: string, language: Language): string {
  return catalogue.topics.find((topic) => topic.id === id)?.title[language] ?? id;
}
