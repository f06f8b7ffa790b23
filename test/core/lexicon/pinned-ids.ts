/**
 * The team's pinned entry ids (one entity = one id across every lexicon file). Slang `refersTo` values and
 * translation keys must come from this list.
 */
export const PINNED_IDS: readonly string[] = [
  'fentanyl', 'carfentanil', 'sufentanil', 'alfentanil', 'remifentanil', 'acetylfentanyl', 'furanylfentanyl',
  'acrylfentanyl', 'ocfentanil', 'butyrfentanyl', 'heroin', 'morphine', 'opium', 'oxycodone', 'hydrocodone',
  'hydromorphone', 'oxymorphone', 'codeine', 'dihydrocodeine', 'tramadol', 'tapentadol', 'methadone', 'buprenorphine',
  'meperidine', 'levorphanol', 'u-47700', 'isotonitazene', 'metonitazene', 'protonitazene', 'etonitazene', 'xylazine',
  'cocaine', 'methamphetamine', 'amphetamine', 'lisdexamfetamine', 'methylphenidate', 'dexmethylphenidate', 'mdma', 'mda',
  'mephedrone', 'methylone', 'alpha-pvp', 'cathinone', 'khat', 'modafinil', 'armodafinil', 'phentermine', 'lsd',
  'psilocybin', 'psilocin', 'dmt', 'mescaline', 'peyote', '2c-b', 'ketamine', 'esketamine', 'pcp', 'ghb', 'gbl',
  '1-4-butanediol', 'flunitrazepam', 'alprazolam', 'diazepam', 'clonazepam', 'lorazepam', 'temazepam', 'midazolam',
  'triazolam', 'etizolam', 'bromazolam', 'flualprazolam', 'zolpidem', 'zopiclone', 'eszopiclone', 'carisoprodol',
  'phenobarbital', 'pregabalin', 'lacosamide', 'marijuana', 'thc', 'cbd', 'jwh-018', 'testosterone', 'nandrolone',
  'trenbolone', 'oxandrolone', 'stanozolol', 'boldenone', 'methandrostenolone', 'anabolic-steroids', 'ephedrine',
  'pseudoephedrine', 'phenylacetone', 'npp', '4-anpp', '4-ap', '1-boc-4-ap', '4-piperidone', '1-boc-4-piperidone',
  'bmk-glycidate', 'pmk-glycidate', 'apaan', 'safrole', 'piperonal', '3-4-mdp-2-p', 'lysergic-acid', 'ergotamine',
  'red-phosphorus', 'iodine', 'semaglutide', 'tirzepatide', 'liraglutide', 'sildenafil', 'tadalafil', 'vardenafil',
  'isotretinoin', 'botulinum-toxin', 'finasteride', 'misoprostol', 'mifepristone', 'ivermectin', 'hydroxychloroquine',
  'clomiphene', 'tamoxifen', 'anastrozole', 'somatropin',
];

/**
 * The pinned ids kept in `rx.json`: prescription drugs, plus xylazine (a veterinary Rx drug, not federally scheduled)
 * and cbd (Rx as Epidiolex since its removal from schedule V; no other file carries it).
 */
export const PINNED_RX_IDS: readonly string[] = [
  'semaglutide', 'tirzepatide', 'liraglutide', 'sildenafil', 'tadalafil', 'vardenafil', 'isotretinoin',
  'botulinum-toxin', 'finasteride', 'misoprostol', 'mifepristone', 'ivermectin', 'hydroxychloroquine', 'clomiphene',
  'tamoxifen', 'anastrozole', 'somatropin', 'xylazine', 'cbd',
];
