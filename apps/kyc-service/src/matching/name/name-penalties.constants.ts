/** Points deducted from 100 per finding. Set on the dev split of data/kyc-eval. */
export const NAME_PENALTIES = {
  abbreviation: 1,
  transliteration: 2,
  joined: 2,
  typo: 8,
  initial: 3,
  givenNameAsInitial: 6,
  orderDiffers: 3,
  prefixMissing: 2,
  suffixMissing: 2,
  extraInitial: 4,
  middleNameMissing: 7,
  surnameMissingBesideFullName: 10,
  surnameMissingBesideSingleName: 15,
  surnameFromRelation: 3,
  suffixDiffers: 20,
  generationOneSided: 20,
  middleNameDiffers: 30,
  givenAndMiddleSwapped: 30,
  initialConflict: 35,
  givenNameShiftedBesideSingleName: 35,
  relativeNeedsReview: 25,
  relationDiffers: 35,
  surnameDiffers: 40,
} as const;

/** Ceilings for findings that mean a different person whatever else agrees. */
export const NAME_SCORE_CAPS = {
  givenNameDiffers: 25,
  givenNameShifted: 25,
  genderMarkerConflict: 30,
  femaleTitleOnMaleName: 30,
  femaleSuffixOnMaleName: 70,
  generationDiffers: 30,
  undividedFamilyDiffers: 30,
  onlyInitialsAgree: 70,
  noCommonTokens: 0,
} as const;
