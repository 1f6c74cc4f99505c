import { graphql } from '../gql';

/** Every LocalizedText is asked for in all three languages so the page can fall back. */
export const LOCALIZED_TEXT_FIELDS = graphql(`
  fragment LocalizedTextFields on LocalizedText {
    he
    ar
    en
  }
`);
