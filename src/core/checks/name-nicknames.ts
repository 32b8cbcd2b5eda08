// Everyday short forms of common British first names. A pupil on the roster as Oliver Smith is
// "Ollie Smith" in a parent's comment; the short form counts with the surname (and in a joined
// hashtag), not alone, where "Will" or "Max" would cry wolf.
const GROUPS = `alexander alex alfie|alexandra alex lexi|alfred alfie alf|amelia millie|abigail abi abby|archibald archie
benjamin ben benji|catherine cath kate katie|charles charlie|charlotte charlie lottie|christopher chris|daniel dan danny
edward ed eddie ted teddy|eleanor ellie nell|elizabeth lizzie beth liz ellie|florence flo|frederick freddie fred
gabriel gabe|harrison harry|henry harry|isabella bella izzy issy|isabelle bella izzy issy|jacob jake|james jamie jim
jessica jess|jonathan jon jonny|joseph joe joey|katherine kate katie|kathryn kate katie|leonardo leo|lucas luke
margaret maggie|matthew matt|maximilian max|maxwell max|michael mike mikey|natalie nat|nathan nate|nathaniel nate nat
nicholas nick|oliver ollie olly|olivia liv livvy|penelope penny|rebecca becky becca|robert rob bobby|samuel sam sammy
samantha sam|sebastian seb|sophia sophie|stephanie steph|theodore theo teddy|thomas tom tommy|victoria tori|william will billy liam
zachary zac zack|joshua josh|rosalind rosie|rose rosie|eliza lizzie|mohammed mo|muhammad mo|ibrahim ibby`;

export const NICKNAMES: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of GROUPS.split(/[|\n]/)) {
    const [name, ...short] = group.trim().split(/\s+/);
    if (name) map.set(name, [...(map.get(name) ?? []), ...short]);
  }
  return map;
})();
