// The interface languages (Dutch first): a file of its own so that formatting and translating both use it.
export type Locale = 'nl' | 'en';
