import type { Gender, Person, PersonAddress, PersonName } from './identity-record.js';
import { NAMING_REGIONS, type NamingRegion } from './indian-names.constants.js';
import { CITIES_BY_REGION, LOCALITIES, STREETS } from './indian-places.constants.js';
import { SeededPicker } from './seeded-picker.js';

/**
 * A plausible Indian person derived only from `seed` (a PAN, Aadhaar or CKYC number), so any
 * well-formed number answers the same way every time. A PAN's fifth letter is the initial of its
 * holder's surname, so `surnameInitial` picks a surname with it when the lists have one.
 */
export function syntheticPerson(seed: string, surnameInitial?: string): Person {
  const pick = new SeededPicker(`person:${seed}`);
  const gender: Gender = pick.chance(0.01) ? 'T' : pick.chance(0.55) ? 'M' : 'F';
  const { region, surname } = pickSurname(pick, surnameInitial);
  const father = pick.pick(region.male);
  return {
    name: pickName(pick, region, gender, father, surname),
    dob: `${pick.int(1965, 2003)}-${pad(pick.int(1, 12), 2)}-${pad(pick.int(1, 28), 2)}`,
    gender,
    address: pickAddress(pick, region),
    fatherName: `${father} ${surname}`,
  };
}

function pickSurname(pick: SeededPicker, initial?: string): { region: NamingRegion; surname: string } {
  const withInitial = NAMING_REGIONS.flatMap((region) =>
    region.surnames.filter((surname) => surname[0] === initial?.toUpperCase()).map((surname) => ({ region, surname })),
  );
  if (withInitial.length > 0) return pick.pick(withInitial);
  const region = pick.pick(NAMING_REGIONS);
  return { region, surname: pick.pick(region.surnames) };
}

function pickName(pick: SeededPicker, region: NamingRegion, gender: Gender, father: string, surname: string): PersonName {
  const usesMaleNames = gender === 'M' || (gender === 'T' && pick.chance(0.5));
  const first = pick.pick(usesMaleNames ? region.male : region.female);
  const middle = region.patronymic
    ? `${father}${region.patronymic === 'bhai' && gender === 'M' ? 'bhai' : ''}`
    : pick.pick(usesMaleNames ? region.maleMiddle : region.femaleMiddle);
  return { first, middle: middle ? [middle] : [], last: surname };
}

function pickAddress(pick: SeededPicker, region: NamingRegion): PersonAddress {
  const place = pick.pick(CITIES_BY_REGION[region.id]);
  const number = pick.int(1, 240);
  const house = pick.pick([`${number}`, `H.No ${number}`, `${number}/${pick.int(1, 9)}`, `Flat ${pick.int(1, 9)}0${pick.int(1, 4)}`]);
  return {
    line1: `${house}, ${pick.pick(STREETS)}`,
    line2: pick.pick(LOCALITIES),
    city: place.city,
    district: place.district,
    state: place.state,
    pincode: `${place.pincodePrefix}${pad(pick.int(1, 99), 3)}`,
  };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
