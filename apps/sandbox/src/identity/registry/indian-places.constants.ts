export interface IndianCity {
  city: string;
  district: string;
  state: string;
  /** The first three digits of the city's pincodes. */
  pincodePrefix: string;
}

const city = (name: string, state: string, pincodePrefix: string, district = name): IndianCity => ({
  city: name,
  district,
  state,
  pincodePrefix,
});

/** Cities where people of each naming tradition (keys of NAMING_REGIONS) commonly live. */
export const CITIES_BY_REGION: Record<string, readonly IndianCity[]> = {
  hindi: [
    city('Lucknow', 'Uttar Pradesh', '226'),
    city('Kanpur', 'Uttar Pradesh', '208', 'Kanpur Nagar'),
    city('Patna', 'Bihar', '800'),
    city('Jaipur', 'Rajasthan', '302'),
    city('New Delhi', 'Delhi', '110'),
    city('Bhopal', 'Madhya Pradesh', '462'),
    city('Varanasi', 'Uttar Pradesh', '221'),
  ],
  punjabi: [
    city('Ludhiana', 'Punjab', '141'),
    city('Amritsar', 'Punjab', '143'),
    city('Jalandhar', 'Punjab', '144'),
    city('Chandigarh', 'Chandigarh', '160'),
    city('Patiala', 'Punjab', '147'),
  ],
  marathi: [
    city('Pune', 'Maharashtra', '411'),
    city('Mumbai', 'Maharashtra', '400', 'Mumbai Suburban'),
    city('Nagpur', 'Maharashtra', '440'),
    city('Nashik', 'Maharashtra', '422'),
    city('Kolhapur', 'Maharashtra', '416'),
  ],
  gujarati: [
    city('Ahmedabad', 'Gujarat', '380'),
    city('Surat', 'Gujarat', '395'),
    city('Vadodara', 'Gujarat', '390'),
    city('Rajkot', 'Gujarat', '360'),
  ],
  tamil: [
    city('Chennai', 'Tamil Nadu', '600'),
    city('Coimbatore', 'Tamil Nadu', '641'),
    city('Madurai', 'Tamil Nadu', '625'),
    city('Tiruchirappalli', 'Tamil Nadu', '620'),
    city('Salem', 'Tamil Nadu', '636'),
  ],
  telugu: [
    city('Hyderabad', 'Telangana', '500'),
    city('Warangal', 'Telangana', '506'),
    city('Vijayawada', 'Andhra Pradesh', '520', 'NTR'),
    city('Visakhapatnam', 'Andhra Pradesh', '530'),
    city('Guntur', 'Andhra Pradesh', '522'),
  ],
  kannada: [
    city('Bengaluru', 'Karnataka', '560', 'Bengaluru Urban'),
    city('Mysuru', 'Karnataka', '570'),
    city('Mangaluru', 'Karnataka', '575', 'Dakshina Kannada'),
    city('Hubballi', 'Karnataka', '580', 'Dharwad'),
  ],
  malayalam: [
    city('Kochi', 'Kerala', '682', 'Ernakulam'),
    city('Thiruvananthapuram', 'Kerala', '695'),
    city('Kozhikode', 'Kerala', '673'),
    city('Thrissur', 'Kerala', '680'),
  ],
  bengali: [
    city('Kolkata', 'West Bengal', '700'),
    city('Howrah', 'West Bengal', '711'),
    city('Durgapur', 'West Bengal', '713', 'Paschim Bardhaman'),
    city('Siliguri', 'West Bengal', '734', 'Darjeeling'),
  ],
  odia: [city('Bhubaneswar', 'Odisha', '751', 'Khordha'), city('Cuttack', 'Odisha', '753'), city('Puri', 'Odisha', '752')],
  assamese: [city('Guwahati', 'Assam', '781', 'Kamrup Metropolitan'), city('Jorhat', 'Assam', '785'), city('Dibrugarh', 'Assam', '786')],
  muslim: [
    city('Hyderabad', 'Telangana', '500'),
    city('Lucknow', 'Uttar Pradesh', '226'),
    city('Aligarh', 'Uttar Pradesh', '202'),
    city('Bhopal', 'Madhya Pradesh', '462'),
    city('Mumbai', 'Maharashtra', '400', 'Mumbai Suburban'),
    city('Kolkata', 'West Bengal', '700'),
  ],
};

export const STREETS: readonly string[] = [
  'MG Road',
  'Station Road',
  'Main Road',
  'Temple Street',
  'Market Road',
  'Church Street',
  'Mill Road',
  'Hospital Road',
  'Lake View Road',
  '2nd Cross Road',
  'School Street',
  'Ring Road',
  'Canal Road',
];

export const LOCALITIES: readonly string[] = [
  'Gandhi Nagar',
  'Shastri Nagar',
  'Nehru Colony',
  'Indira Nagar',
  'Rajendra Nagar',
  'Civil Lines',
  'Model Town',
  'Ashok Vihar',
  'Subhash Nagar',
  'Vivekananda Colony',
  'Ambedkar Nagar',
  'Tilak Nagar',
  'Patel Nagar',
  'Krishna Nagar',
  'Shivaji Nagar',
  'Housing Board Colony',
  'Sector 12',
];
