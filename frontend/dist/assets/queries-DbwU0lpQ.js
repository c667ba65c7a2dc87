var e=`query Country { areas(first: 1, where: {kind: COUNTRY}) { edges { node { id } } } }`,t=`query NationalCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {
  met atRisk missing total
  children { area { id nameFi nameSv nameEn shortFi: shortName(language: fi) shortSv: shortName(language: sv) shortEn: shortName(language: en) }
    met atRisk missing total expectations { key status description descriptionSv descriptionEn } } } }`,n=`query AreaCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {
  area { id kind nameFi nameSv nameEn }
  met atRisk missing total
  expectations { key rule description descriptionSv descriptionEn guidance guidanceSv guidanceEn status reasons { code count of since }
    organizations { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } suggestions { id nameFi nameSv nameEn } }
  children { area { id nameFi nameSv nameEn } met total expectations { key rule status organizations { id nameFi } } } } }`;export{e as n,t as r,n as t};