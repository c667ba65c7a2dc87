import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{n as t}from"./jsx-runtime-CkXRJ162.js";import{C as n,S as r,_ as i,b as a,d as o,f as s,l as c,n as l,p as u,r as d,t as f,u as p,v as m,x as h,y as g}from"./spacing-DMqK3re3.js";var _=[`fi`,`sv`,`en`],v={fi:{title:`Verkosto`,tagline:`Kuka tekee yhteistyötä väkivaltaa ja rikollisuutta vastaan`,language:`Kieli`,map:`Verkostokartta`,filters:`Suodattimet`,sector:`Sektori`,anySector:`Kaikki sektorit`,asOf:`Tilanne päivänä`,clearFilters:`Tyhjennä suodattimet`,loading:`Ladataan…`,loadError:`Tietojen lataaminen epäonnistui.`,retry:`Yritä uudelleen`,empty:`Suodattimilla ei löytynyt mitään.`,nodes:`solmua`,edges:`jäsenyyttä`,details:`Tiedot`,selectHint:`Valitse kartalta organisaatio tai verkosto.`,members:`Jäsenet`,memberships:`Jäsenyydet`,organization:`Organisaatio`,network:`Verkosto`,close:`Sulje`,notFound:`Kohdetta ei löytynyt.`,networkKind:`Verkoston tyyppi`,anyKind:`Kaikki tyypit`,area:`Hyvinvointialue`,anyArea:`Koko Suomi`,search:`Haku`,searchHint:`Hae organisaatiota, verkostoa tai aluetta`,noResults:`Ei hakutuloksia.`,organizations:`Organisaatiot`,networks:`Verkostot`,name:`Nimi`,lastConfirmed:`Vahvistettu`,pages:`Sivut`,previous:`Edellinen`,next:`Seuraava`,views:`Näkymät`,services:`Palvelut`,homeArea:`Kotipaikka`,operatingAreas:`Toiminta-alue`,parentOrg:`Osa organisaatiota`,units:`Yksiköt`,contact:`Yhteystiedot`,website:`Verkkosivut`,addressHidden:`Osoite ei ole julkinen`,themes:`Teemat`,level:`Taso`,status:`Tila`,areas:`Alueet`,coordinator:`Koordinaattori`,meetings:`Kokouksia vuodessa`,started:`Aloitettu`,ended:`Päättynyt`,subgroups:`Alaryhmät`,parentNetwork:`Osa verkostoa`,source:`Lähde`,illustrative:`havainnollistava esimerkki, ei lähdeasiakirjasta`,notConfirmed:`ei vahvistettu`,focus:`Näytä valinnasta`,focusOff:`Koko verkosto`,focusOne:`Lähimmät yhteydet`,focusTwo:`Kaksi askelta`,anyTheme:`Kaikki teemat`,anyLevel:`Kaikki tasot`,membershipStatus:`Jäsenyyden tila`,currentMembers:`Nykyiset jäsenet`,pageNotFound:`Sivua ei löytynyt`,backToMap:`Takaisin verkostokarttaan`,leadRole:`Puheenjohtaja tai koordinaattori`,openFullPage:`Avaa koko sivulle (tulostettava)`,legend:`Selite`},sv:{title:`Verkosto`,tagline:`Vem samarbetar mot våld och brott`,language:`Språk`,map:`Nätverkskarta`,filters:`Filter`,sector:`Sektor`,anySector:`Alla sektorer`,asOf:`Läget den`,clearFilters:`Rensa filtren`,loading:`Laddar…`,loadError:`Det gick inte att ladda uppgifterna.`,retry:`Försök igen`,empty:`Filtren gav inga träffar.`,nodes:`noder`,edges:`medlemskap`,details:`Uppgifter`,selectHint:`Välj en organisation eller ett nätverk på kartan.`,members:`Medlemmar`,memberships:`Medlemskap`,organization:`Organisation`,network:`Nätverk`,close:`Stäng`,notFound:`Objektet hittades inte.`,networkKind:`Nätverkstyp`,anyKind:`Alla typer`,area:`Välfärdsområde`,anyArea:`Hela Finland`,search:`Sök`,searchHint:`Sök organisation, nätverk eller område`,noResults:`Inga träffar.`,organizations:`Organisationer`,networks:`Nätverk`,name:`Namn`,lastConfirmed:`Bekräftad`,pages:`Sidor`,previous:`Föregående`,next:`Nästa`,views:`Vyer`,services:`Tjänster`,homeArea:`Hemort`,operatingAreas:`Verksamhetsområde`,parentOrg:`Del av organisationen`,units:`Enheter`,contact:`Kontaktuppgifter`,website:`Webbplats`,addressHidden:`Adressen är inte offentlig`,themes:`Teman`,level:`Nivå`,status:`Status`,areas:`Områden`,coordinator:`Samordnare`,meetings:`Möten per år`,started:`Startade`,ended:`Avslutades`,subgroups:`Undergrupper`,parentNetwork:`Del av nätverket`,source:`Källa`,illustrative:`illustrativt exempel, inte ur ett källdokument`,notConfirmed:`inte bekräftad`,focus:`Visa från valet`,focusOff:`Hela nätverket`,focusOne:`Närmaste kontakter`,focusTwo:`Två steg`,anyTheme:`Alla teman`,anyLevel:`Alla nivåer`,membershipStatus:`Medlemskapets status`,currentMembers:`Nuvarande medlemmar`,pageNotFound:`Sidan hittades inte`,backToMap:`Tillbaka till nätverkskartan`,leadRole:`Ordförande eller samordnare`,openFullPage:`Öppna som hel sida (för utskrift)`,legend:`Teckenförklaring`},en:{title:`Verkosto`,tagline:`Who works together against violence and crime`,language:`Language`,map:`Network map`,filters:`Filters`,sector:`Sector`,anySector:`All sectors`,asOf:`As of`,clearFilters:`Clear filters`,loading:`Loading…`,loadError:`Loading the data failed.`,retry:`Try again`,empty:`Nothing matches these filters.`,nodes:`nodes`,edges:`memberships`,details:`Details`,selectHint:`Choose an organisation or a network on the map.`,members:`Members`,memberships:`Memberships`,organization:`Organisation`,network:`Network`,close:`Close`,notFound:`Not found.`,networkKind:`Network kind`,anyKind:`All kinds`,area:`Wellbeing services county`,anyArea:`All of Finland`,search:`Search`,searchHint:`Find an organisation, network or area`,noResults:`No results.`,organizations:`Organisations`,networks:`Networks`,name:`Name`,lastConfirmed:`Confirmed`,pages:`Pages`,previous:`Previous`,next:`Next`,views:`Views`,services:`Services`,homeArea:`Based in`,operatingAreas:`Operates in`,parentOrg:`Part of`,units:`Units`,contact:`Contact`,website:`Website`,addressHidden:`The address is not public`,themes:`Themes`,level:`Level`,status:`Status`,areas:`Areas`,coordinator:`Coordinator`,meetings:`Meetings a year`,started:`Started`,ended:`Ended`,subgroups:`Sub-groups`,parentNetwork:`Part of`,source:`Source`,illustrative:`an illustrative example, not from a source document`,notConfirmed:`not confirmed`,focus:`Show around the selection`,focusOff:`The whole network`,focusOne:`Direct connections`,focusTwo:`Two steps`,anyTheme:`All themes`,anyLevel:`All levels`,membershipStatus:`Membership status`,currentMembers:`Current members`,pageNotFound:`Page not found`,backToMap:`Back to the network map`,leadRole:`Chair or coordinator`,openFullPage:`Open as a full page (printable)`,legend:`Legend`}},y={fi:{MUNICIPALITY:`Kunta`,WELLBEING_COUNTY:`Hyvinvointialue`,POLICE:`Poliisi`,PROBATION:`Rikosseuraamuslaitos`,OTHER_STATE:`Muu valtionhallinto`,PARISH:`Seurakunta`,NGO:`Järjestö`,EDUCATION:`Oppilaitos`,BUSINESS:`Yritys`,OTHER:`Muu`},sv:{MUNICIPALITY:`Kommun`,WELLBEING_COUNTY:`Välfärdsområde`,POLICE:`Polis`,PROBATION:`Brottspåföljdsmyndigheten`,OTHER_STATE:`Annan statsförvaltning`,PARISH:`Församling`,NGO:`Organisation`,EDUCATION:`Läroanstalt`,BUSINESS:`Företag`,OTHER:`Annan`},en:{MUNICIPALITY:`Municipality`,WELLBEING_COUNTY:`Wellbeing services county`,POLICE:`Police`,PROBATION:`Criminal Sanctions Agency`,OTHER_STATE:`Other central government`,PARISH:`Parish`,NGO:`NGO`,EDUCATION:`Education`,BUSINESS:`Business`,OTHER:`Other`}},ee={fi:{COORDINATION_GROUP:`Koordinaatioryhmä`,WORKING_GROUP:`Työryhmä`,STEERING_GROUP:`Ohjausryhmä`,MARAK:`MARAK`,ANKKURI:`Ankkuri`,SERVICE_NETWORK:`Palveluverkosto`,PROJECT:`Hanke`,FORUM:`Foorumi`,OTHER:`Muu`},sv:{COORDINATION_GROUP:`Samordningsgrupp`,WORKING_GROUP:`Arbetsgrupp`,STEERING_GROUP:`Styrgrupp`,MARAK:`MARAK`,ANKKURI:`Ankkuri`,SERVICE_NETWORK:`Servicenätverk`,PROJECT:`Projekt`,FORUM:`Forum`,OTHER:`Annat`},en:{COORDINATION_GROUP:`Coordination group`,WORKING_GROUP:`Working group`,STEERING_GROUP:`Steering group`,MARAK:`MARAK`,ANKKURI:`Ankkuri`,SERVICE_NETWORK:`Service network`,PROJECT:`Project`,FORUM:`Forum`,OTHER:`Other`}},te={fi:{skip:`Siirry sisältöön`,footer:`Sivuston tiedot`,statement:`Saavutettavuusseloste`,menuFilters:`Näytä suodattimet`,hideFilters:`Piilota suodattimet`,signedIn:`Olet kirjautunut sisään.`,privateInstance:`Tämä Verkosto on yksityinen: tiedot näkyvät vain kirjautuneille. Kirjaudu sisään.`,signedOut:`Olet kirjautunut ulos.`,sortedBy:`Järjestetty: {column}, {dir, select, asc {nouseva} other {laskeva}}`,page:`Sivu, rivit {from}–{to} / {total}`,sessionWarning:`Istuntosi päättyy {minutes, plural, one {minuutin} other {# minuutin}} kuluttua`,sessionWarningText:`Jatka istuntoa, niin tallentamattomat tiedot eivät katoa.`,extend:`Jatka istuntoa`,extended:`Istuntoa jatkettu.`,sessionEnded:`Istuntosi on päättynyt`,sessionEndedText:`Kirjaudu uudelleen. Lomakkeelle kirjoittamasi tiedot säilyvät tällä sivulla.`,wrongCredentials:`Väärä sähköpostiosoite tai salasana.`,throttled:`Liian monta epäonnistunutta yritystä. Odota hetki ja yritä uudelleen.`,required:`pakollinen`,requiredNote:`Pakolliset kentät on merkitty.`,mapHelp:`Näppäimet kartalla: nuolet siirtävät, + ja − zoomaavat, 0 näyttää kaiken, N ja P kulkevat kohteesta toiseen, Enter avaa kohdistetun, Esc poistaa kohdistuksen.`,membershipsTable:`Jäsenyydet`},sv:{skip:`Gå till innehållet`,footer:`Om webbplatsen`,statement:`Tillgänglighetsutlåtande`,menuFilters:`Visa filtren`,hideFilters:`Dölj filtren`,signedIn:`Du är inloggad.`,privateInstance:`Den här Verkosto-tjänsten är privat: uppgifterna visas bara för inloggade. Logga in.`,signedOut:`Du är utloggad.`,sortedBy:`Sorterat: {column}, {dir, select, asc {stigande} other {fallande}}`,page:`Sida, rader {from}–{to} av {total}`,sessionWarning:`Din session går ut om {minutes, plural, one {en minut} other {# minuter}}`,sessionWarningText:`Fortsätt sessionen så att osparade uppgifter inte går förlorade.`,extend:`Fortsätt sessionen`,extended:`Sessionen har förlängts.`,sessionEnded:`Din session har gått ut`,sessionEndedText:`Logga in igen. Det du har skrivit i formuläret finns kvar på den här sidan.`,wrongCredentials:`Fel e-postadress eller lösenord.`,throttled:`För många misslyckade försök. Vänta en stund och försök igen.`,required:`obligatorisk`,requiredNote:`Obligatoriska fält är markerade.`,mapHelp:`Tangenter på kartan: pilarna flyttar, + och − zoomar, 0 visar allt, N och P går från objekt till objekt, Enter öppnar det fokuserade, Esc tar bort fokuseringen.`,membershipsTable:`Medlemskap`},en:{skip:`Skip to content`,footer:`About this service`,statement:`Accessibility statement`,menuFilters:`Show filters`,hideFilters:`Hide filters`,signedIn:`You are signed in.`,privateInstance:`This Verkosto is private: its data is shown to signed-in users only. Please sign in.`,signedOut:`You are signed out.`,sortedBy:`Sorted by {column}, {dir, select, asc {ascending} other {descending}}`,page:`Page, rows {from}–{to} of {total}`,sessionWarning:`Your session ends in {minutes, plural, one {one minute} other {# minutes}}`,sessionWarningText:`Continue the session so that nothing unsaved is lost.`,extend:`Continue the session`,extended:`The session was extended.`,sessionEnded:`Your session has ended`,sessionEndedText:`Sign in again. What you typed in the form stays on this page.`,wrongCredentials:`Wrong email or password.`,throttled:`Too many failed attempts. Wait a moment and try again.`,required:`required`,requiredNote:`Required fields are marked.`,mapHelp:`Keys on the map: arrows pan, + and − zoom, 0 shows everything, N and P move from entry to entry, Enter opens the focused one, Esc clears the focus.`,membershipsTable:`Memberships`}},b={fi:{coverage:`Kattavuus`,coverageTitle:`Yhteistyön kattavuus`,insight:`Näkymät`,whatChanged:`Muutokset`,import:`Tuo jäsenluettelo`,accounts:`Käyttäjätilit`,resetPassword:`Uusi salasana`},sv:{coverage:`Täckning`,coverageTitle:`Samarbetets täckning`,insight:`Insikter`,whatChanged:`Ändringar`,import:`Importera medlemslista`,accounts:`Konton`,resetPassword:`Nytt lösenord`},en:{coverage:`Coverage`,coverageTitle:`Coverage of cooperation`,insight:`Insight`,whatChanged:`What changed`,import:`Import a roster`,accounts:`Accounts`,resetPassword:`New password`}},x=e(t()),S=e(i());function C(){return C=Object.assign?Object.assign.bind():function(e){for(var t=1;t<arguments.length;t++){var n=arguments[t];for(var r in n)({}).hasOwnProperty.call(n,r)&&(e[r]=n[r])}return e},C.apply(null,arguments)}function ne(e){if(e===void 0)throw ReferenceError(`this hasn't been initialised - super() hasn't been called`);return e}function w(e,t){return w=Object.setPrototypeOf?Object.setPrototypeOf.bind():function(e,t){return e.__proto__=t,e},w(e,t)}function re(e,t){e.prototype=Object.create(t.prototype),e.prototype.constructor=e,w(e,t)}function T(e){return T=Object.setPrototypeOf?Object.getPrototypeOf.bind():function(e){return e.__proto__||Object.getPrototypeOf(e)},T(e)}function ie(e){try{return Function.toString.call(e).indexOf(`[native code]`)!==-1}catch{return typeof e==`function`}}function E(){try{var e=!Boolean.prototype.valueOf.call(Reflect.construct(Boolean,[],function(){}))}catch{}return(E=function(){return!!e})()}function ae(e,t,n){if(E())return Reflect.construct.apply(null,arguments);var r=[null];r.push.apply(r,t);var i=new(e.bind.apply(e,r));return n&&w(i,n.prototype),i}function D(e){var t=typeof Map==`function`?new Map:void 0;return D=function(e){if(e===null||!ie(e))return e;if(typeof e!=`function`)throw TypeError(`Super expression must either be null or a function`);if(t!==void 0){if(t.has(e))return t.get(e);t.set(e,n)}function n(){return ae(e,arguments,T(this).constructor)}return n.prototype=Object.create(e.prototype,{constructor:{value:n,enumerable:!1,writable:!0,configurable:!0}}),w(n,e)},D(e)}function O(){var e=arguments.length-1;return e<0||arguments.length<=e?void 0:arguments[e]}function oe(e){return-e}function se(e,t){return e+t}function ce(e,t){return e-t}function le(e,t){return e*t}function ue(e,t){return e/t}function de(){return Math.max.apply(Math,arguments)}function fe(){return Math.min.apply(Math,arguments)}function pe(){return Array.of.apply(Array,arguments)}var k={symbols:{"*":{infix:{symbol:`*`,f:le,notation:`infix`,precedence:4,rightToLeft:0,argCount:2},symbol:`*`,regSymbol:`\\*`},"/":{infix:{symbol:`/`,f:ue,notation:`infix`,precedence:4,rightToLeft:0,argCount:2},symbol:`/`,regSymbol:`/`},"+":{infix:{symbol:`+`,f:se,notation:`infix`,precedence:2,rightToLeft:0,argCount:2},prefix:{symbol:`+`,f:O,notation:`prefix`,precedence:3,rightToLeft:0,argCount:1},symbol:`+`,regSymbol:`\\+`},"-":{infix:{symbol:`-`,f:ce,notation:`infix`,precedence:2,rightToLeft:0,argCount:2},prefix:{symbol:`-`,f:oe,notation:`prefix`,precedence:3,rightToLeft:0,argCount:1},symbol:`-`,regSymbol:`-`},",":{infix:{symbol:`,`,f:pe,notation:`infix`,precedence:1,rightToLeft:0,argCount:2},symbol:`,`,regSymbol:`,`},"(":{prefix:{symbol:`(`,f:O,notation:`prefix`,precedence:0,rightToLeft:0,argCount:1},symbol:`(`,regSymbol:`\\(`},")":{postfix:{symbol:`)`,f:void 0,notation:`postfix`,precedence:0,rightToLeft:0,argCount:1},symbol:`)`,regSymbol:`\\)`},min:{func:{symbol:`min`,f:fe,notation:`func`,precedence:0,rightToLeft:0,argCount:1},symbol:`min`,regSymbol:`min\\b`},max:{func:{symbol:`max`,f:de,notation:`func`,precedence:0,rightToLeft:0,argCount:1},symbol:`max`,regSymbol:`max\\b`}}},A=function(e){re(t,e);function t(t){return ne(e.call(this,`An error occurred. See https://github.com/styled-components/polished/blob/main/src/internalHelpers/errors.md#`+t+` for more information.`)||this)}return t}(D(Error)),j=/((?!\w)a|na|hc|mc|dg|me[r]?|xe|ni(?![a-zA-Z])|mm|cp|tp|xp|q(?!s)|hv|xamv|nimv|wv|sm|s(?!\D|$)|ged|darg?|nrut)/g;function me(e){var t={};return t.symbols=e?C({},k.symbols,e.symbols):C({},k.symbols),t}function M(e,t){var n,r=e.pop();return t.push(r.f.apply(r,(n=[]).concat.apply(n,t.splice(-r.argCount)))),r.precedence}function he(e,t){var n=me(t),r,i=[n.symbols[`(`].prefix],a=[],o=RegExp(`\\d+(?:\\.\\d+)?|`+Object.keys(n.symbols).map(function(e){return n.symbols[e]}).sort(function(e,t){return t.symbol.length-e.symbol.length}).map(function(e){return e.regSymbol}).join(`|`)+`|(\\S)`,`g`);o.lastIndex=0;var s=!1;do{r=o.exec(e);var c=r||[`)`,void 0],l=c[0],u=c[1],d=n.symbols[l],f=d&&!d.prefix&&!d.func,p=!d||!d.postfix&&!d.infix;if(u||(s?p:f))throw new A(37,r?r.index:e.length,e);if(s){var m=d.postfix||d.infix;do{var h=i[i.length-1];if((m.precedence-h.precedence||h.rightToLeft)>0)break}while(M(i,a));s=m.notation===`postfix`,m.symbol!==`)`&&(i.push(m),s&&M(i,a))}else if(d){if(i.push(d.prefix||d.func),d.func&&(r=o.exec(e),!r||r[0]!==`(`))throw new A(38,r?r.index:e.length,e)}else a.push(+l),s=!0}while(r&&i.length);if(i.length)throw new A(39,r?r.index:e.length,e);if(r)throw new A(40,r?r.index:e.length,e);return a.pop()}function N(e){return e.split(``).reverse().join(``)}function ge(e,t){var n=N(e),r=n.match(j);if(r&&!r.every(function(e){return e===r[0]}))throw new A(41);return``+he(N(n.replace(j,``)),t)+(r?N(r[0]):``)}function P(e){return Math.round(e*255)}function _e(e,t,n){return P(e)+`,`+P(t)+`,`+P(n)}function F(e,t,n,r){if(r===void 0&&(r=_e),t===0)return r(n,n,n);var i=(e%360+360)%360/60,a=(1-Math.abs(2*n-1))*t,o=a*(1-Math.abs(i%2-1)),s=0,c=0,l=0;i>=0&&i<1?(s=a,c=o):i>=1&&i<2?(s=o,c=a):i>=2&&i<3?(c=a,l=o):i>=3&&i<4?(c=o,l=a):i>=4&&i<5?(s=o,l=a):i>=5&&i<6&&(s=a,l=o);var u=n-a/2,d=s+u,f=c+u,p=l+u;return r(d,f,p)}var I={aliceblue:`f0f8ff`,antiquewhite:`faebd7`,aqua:`00ffff`,aquamarine:`7fffd4`,azure:`f0ffff`,beige:`f5f5dc`,bisque:`ffe4c4`,black:`000`,blanchedalmond:`ffebcd`,blue:`0000ff`,blueviolet:`8a2be2`,brown:`a52a2a`,burlywood:`deb887`,cadetblue:`5f9ea0`,chartreuse:`7fff00`,chocolate:`d2691e`,coral:`ff7f50`,cornflowerblue:`6495ed`,cornsilk:`fff8dc`,crimson:`dc143c`,cyan:`00ffff`,darkblue:`00008b`,darkcyan:`008b8b`,darkgoldenrod:`b8860b`,darkgray:`a9a9a9`,darkgreen:`006400`,darkgrey:`a9a9a9`,darkkhaki:`bdb76b`,darkmagenta:`8b008b`,darkolivegreen:`556b2f`,darkorange:`ff8c00`,darkorchid:`9932cc`,darkred:`8b0000`,darksalmon:`e9967a`,darkseagreen:`8fbc8f`,darkslateblue:`483d8b`,darkslategray:`2f4f4f`,darkslategrey:`2f4f4f`,darkturquoise:`00ced1`,darkviolet:`9400d3`,deeppink:`ff1493`,deepskyblue:`00bfff`,dimgray:`696969`,dimgrey:`696969`,dodgerblue:`1e90ff`,firebrick:`b22222`,floralwhite:`fffaf0`,forestgreen:`228b22`,fuchsia:`ff00ff`,gainsboro:`dcdcdc`,ghostwhite:`f8f8ff`,gold:`ffd700`,goldenrod:`daa520`,gray:`808080`,green:`008000`,greenyellow:`adff2f`,grey:`808080`,honeydew:`f0fff0`,hotpink:`ff69b4`,indianred:`cd5c5c`,indigo:`4b0082`,ivory:`fffff0`,khaki:`f0e68c`,lavender:`e6e6fa`,lavenderblush:`fff0f5`,lawngreen:`7cfc00`,lemonchiffon:`fffacd`,lightblue:`add8e6`,lightcoral:`f08080`,lightcyan:`e0ffff`,lightgoldenrodyellow:`fafad2`,lightgray:`d3d3d3`,lightgreen:`90ee90`,lightgrey:`d3d3d3`,lightpink:`ffb6c1`,lightsalmon:`ffa07a`,lightseagreen:`20b2aa`,lightskyblue:`87cefa`,lightslategray:`789`,lightslategrey:`789`,lightsteelblue:`b0c4de`,lightyellow:`ffffe0`,lime:`0f0`,limegreen:`32cd32`,linen:`faf0e6`,magenta:`f0f`,maroon:`800000`,mediumaquamarine:`66cdaa`,mediumblue:`0000cd`,mediumorchid:`ba55d3`,mediumpurple:`9370db`,mediumseagreen:`3cb371`,mediumslateblue:`7b68ee`,mediumspringgreen:`00fa9a`,mediumturquoise:`48d1cc`,mediumvioletred:`c71585`,midnightblue:`191970`,mintcream:`f5fffa`,mistyrose:`ffe4e1`,moccasin:`ffe4b5`,navajowhite:`ffdead`,navy:`000080`,oldlace:`fdf5e6`,olive:`808000`,olivedrab:`6b8e23`,orange:`ffa500`,orangered:`ff4500`,orchid:`da70d6`,palegoldenrod:`eee8aa`,palegreen:`98fb98`,paleturquoise:`afeeee`,palevioletred:`db7093`,papayawhip:`ffefd5`,peachpuff:`ffdab9`,peru:`cd853f`,pink:`ffc0cb`,plum:`dda0dd`,powderblue:`b0e0e6`,purple:`800080`,rebeccapurple:`639`,red:`f00`,rosybrown:`bc8f8f`,royalblue:`4169e1`,saddlebrown:`8b4513`,salmon:`fa8072`,sandybrown:`f4a460`,seagreen:`2e8b57`,seashell:`fff5ee`,sienna:`a0522d`,silver:`c0c0c0`,skyblue:`87ceeb`,slateblue:`6a5acd`,slategray:`708090`,slategrey:`708090`,snow:`fffafa`,springgreen:`00ff7f`,steelblue:`4682b4`,tan:`d2b48c`,teal:`008080`,thistle:`d8bfd8`,tomato:`ff6347`,turquoise:`40e0d0`,violet:`ee82ee`,wheat:`f5deb3`,white:`fff`,whitesmoke:`f5f5f5`,yellow:`ff0`,yellowgreen:`9acd32`};function ve(e){if(typeof e!=`string`)return e;var t=e.toLowerCase();return I[t]?`#`+I[t]:e}var ye=/^#[a-fA-F0-9]{6}$/,be=/^#[a-fA-F0-9]{8}$/,xe=/^#[a-fA-F0-9]{3}$/,Se=/^#[a-fA-F0-9]{4}$/,L=/^rgb\(\s*(\d{1,3})\s*(?:,)?\s*(\d{1,3})\s*(?:,)?\s*(\d{1,3})\s*\)$/i,Ce=/^rgb(?:a)?\(\s*(\d{1,3})\s*(?:,)?\s*(\d{1,3})\s*(?:,)?\s*(\d{1,3})\s*(?:,|\/)\s*([-+]?\d*[.]?\d+[%]?)\s*\)$/i,we=/^hsl\(\s*(\d{0,3}[.]?[0-9]+(?:deg)?)\s*(?:,)?\s*(\d{1,3}[.]?[0-9]?)%\s*(?:,)?\s*(\d{1,3}[.]?[0-9]?)%\s*\)$/i,Te=/^hsl(?:a)?\(\s*(\d{0,3}[.]?[0-9]+(?:deg)?)\s*(?:,)?\s*(\d{1,3}[.]?[0-9]?)%\s*(?:,)?\s*(\d{1,3}[.]?[0-9]?)%\s*(?:,|\/)\s*([-+]?\d*[.]?\d+[%]?)\s*\)$/i;function R(e){if(typeof e!=`string`)throw new A(3);var t=ve(e);if(t.match(ye))return{red:parseInt(``+t[1]+t[2],16),green:parseInt(``+t[3]+t[4],16),blue:parseInt(``+t[5]+t[6],16)};if(t.match(be)){var n=parseFloat((parseInt(``+t[7]+t[8],16)/255).toFixed(2));return{red:parseInt(``+t[1]+t[2],16),green:parseInt(``+t[3]+t[4],16),blue:parseInt(``+t[5]+t[6],16),alpha:n}}if(t.match(xe))return{red:parseInt(``+t[1]+t[1],16),green:parseInt(``+t[2]+t[2],16),blue:parseInt(``+t[3]+t[3],16)};if(t.match(Se)){var r=parseFloat((parseInt(``+t[4]+t[4],16)/255).toFixed(2));return{red:parseInt(``+t[1]+t[1],16),green:parseInt(``+t[2]+t[2],16),blue:parseInt(``+t[3]+t[3],16),alpha:r}}var i=L.exec(t);if(i)return{red:parseInt(``+i[1],10),green:parseInt(``+i[2],10),blue:parseInt(``+i[3],10)};var a=Ce.exec(t.substring(0,50));if(a)return{red:parseInt(``+a[1],10),green:parseInt(``+a[2],10),blue:parseInt(``+a[3],10),alpha:parseFloat(``+a[4])>1?parseFloat(``+a[4])/100:parseFloat(``+a[4])};var o=we.exec(t);if(o){var s=`rgb(`+F(parseInt(``+o[1],10),parseInt(``+o[2],10)/100,parseInt(``+o[3],10)/100)+`)`,c=L.exec(s);if(!c)throw new A(4,t,s);return{red:parseInt(``+c[1],10),green:parseInt(``+c[2],10),blue:parseInt(``+c[3],10)}}var l=Te.exec(t.substring(0,50));if(l){var u=`rgb(`+F(parseInt(``+l[1],10),parseInt(``+l[2],10)/100,parseInt(``+l[3],10)/100)+`)`,d=L.exec(u);if(!d)throw new A(4,t,u);return{red:parseInt(``+d[1],10),green:parseInt(``+d[2],10),blue:parseInt(``+d[3],10),alpha:parseFloat(``+l[4])>1?parseFloat(``+l[4])/100:parseFloat(``+l[4])}}throw new A(5)}var z=function(e){return e.length===7&&e[1]===e[2]&&e[3]===e[4]&&e[5]===e[6]?`#`+e[1]+e[3]+e[5]:e};function B(e){var t=e.toString(16);return t.length===1?`0`+t:t}function V(e){return B(Math.round(e*255))}function Ee(e,t,n){return z(`#`+V(e)+V(t)+V(n))}function H(e,t,n){return F(e,t,n,Ee)}function De(e,t,n){if(typeof e==`number`&&typeof t==`number`&&typeof n==`number`)return H(e,t,n);if(typeof e==`object`&&t===void 0&&n===void 0)return H(e.hue,e.saturation,e.lightness);throw new A(1)}function Oe(e,t,n,r){if(typeof e==`number`&&typeof t==`number`&&typeof n==`number`&&typeof r==`number`)return r>=1?H(e,t,n):`rgba(`+F(e,t,n)+`,`+r+`)`;if(typeof e==`object`&&t===void 0&&n===void 0&&r===void 0)return e.alpha>=1?H(e.hue,e.saturation,e.lightness):`rgba(`+F(e.hue,e.saturation,e.lightness)+`,`+e.alpha+`)`;throw new A(2)}function U(e,t,n){if(typeof e==`number`&&typeof t==`number`&&typeof n==`number`)return z(`#`+B(e)+B(t)+B(n));if(typeof e==`object`&&t===void 0&&n===void 0)return z(`#`+B(e.red)+B(e.green)+B(e.blue));throw new A(6)}function W(e,t,n,r){if(typeof e==`string`&&typeof t==`number`){var i=R(e);return`rgba(`+i.red+`,`+i.green+`,`+i.blue+`,`+t+`)`}if(typeof e==`number`&&typeof t==`number`&&typeof n==`number`&&typeof r==`number`)return r>=1?U(e,t,n):`rgba(`+e+`,`+t+`,`+n+`,`+r+`)`;if(typeof e==`object`&&t===void 0&&n===void 0&&r===void 0)return e.alpha>=1?U(e.red,e.green,e.blue):`rgba(`+e.red+`,`+e.green+`,`+e.blue+`,`+e.alpha+`)`;throw new A(7)}var ke=function(e){return typeof e.red==`number`&&typeof e.green==`number`&&typeof e.blue==`number`&&(typeof e.alpha!=`number`||e.alpha===void 0)},Ae=function(e){return typeof e.red==`number`&&typeof e.green==`number`&&typeof e.blue==`number`&&typeof e.alpha==`number`},je=function(e){return typeof e.hue==`number`&&typeof e.saturation==`number`&&typeof e.lightness==`number`&&(typeof e.alpha!=`number`||e.alpha===void 0)},Me=function(e){return typeof e.hue==`number`&&typeof e.saturation==`number`&&typeof e.lightness==`number`&&typeof e.alpha==`number`};function Ne(e){if(typeof e!=`object`)throw new A(8);if(Ae(e))return W(e);if(ke(e))return U(e);if(Me(e))return Oe(e);if(je(e))return De(e);throw new A(8)}function G(e,t,n){return function(){var r=n.concat(Array.prototype.slice.call(arguments));return r.length>=t?e.apply(this,r):G(e,t,r)}}function Pe(e){return G(e,e.length,[])}function Fe(e,t,n){return Math.max(e,Math.min(t,n))}function Ie(e,t){if(t===`transparent`)return t;var n=R(t),r=typeof n.alpha==`number`?n.alpha:1;return W(C({},n,{alpha:Fe(0,1,(r*100-parseFloat(e)*100).toFixed(2)/100)}))}var Le=Pe(Ie),Re=m(Be||=r([`
  `,`
  `,`
  `,`
  `,`
  display: inline-block;
  max-width: 100%;
  cursor: pointer;
`],[`
  `,`
  `,`
  `,`
  `,`
  display: inline-block;
  max-width: 100%;
  cursor: pointer;
`]),p.normalize.html,p.normalize.button,c([`:-moz-focusring`,`::-moz-focus-inner`,`::-webkit-file-upload-button`,`::-webkit-inner-spin-button`,`::-webkit-outer-spin-button`,`[type='button']`,`[type='submit']`]),p.common),ze=g(function(e){var t=e.forwardedRef,r=e.type,i=n(e,[`forwardedRef`,`type`]);return x.createElement(`button`,a({},i,{ref:t,type:r||`button`}))}).withConfig({componentId:`sc-104agys-0`})(Ve||=r([`
  `,`
`],[`
  `,`
`]),Re),Be,Ve,He=m(Ue||=r([`
  `,`
  `,`
  display: inline;
  max-width: 100%;
  word-wrap: normal;
  word-break: normal;
  white-space: normal;
`],[`
  `,`
  `,`
  display: inline;
  max-width: 100%;
  word-wrap: normal;
  word-break: normal;
  white-space: normal;
`]),p.normalize.html,p.common),K=g(function(e){var t=e.forwardedRef,r=e.asProp,i=r===void 0?`span`:r,o=n(e,[`forwardedRef`,`asProp`]);return x.createElement(i,a({ref:t},o))}).withConfig({componentId:`sc-1c2dd3r-0`})(We||=r([`
  `,`
`],[`
  `,`
`]),He),Ue,We,Ge=function(e){return function(t){return Ne(a(a({},R(t)),{alpha:e}))}},Ke=function(e){return m(Ze||=r([`
  &.fi-button--inverted {
    background: none;
    background-color: `,`;
    border: 1px solid `,`;
    text-shadow: none;

    &:hover {
      background: `,`;
    }

    &:active {
      background: none;
      background-color: `,`;
    }

    &.fi-button--disabled,
    &[disabled],
    &:disabled {
      opacity: 0.41;
      background: none;
      background-color: none;
    }
  }
`],[`
  &.fi-button--inverted {
    background: none;
    background-color: `,`;
    border: 1px solid `,`;
    text-shadow: none;

    &:hover {
      background: `,`;
    }

    &:active {
      background: none;
      background-color: `,`;
    }

    &.fi-button--disabled,
    &[disabled],
    &:disabled {
      opacity: 0.41;
      background: none;
      background-color: none;
    }
  }
`]),e.colors.highlightBase,e.colors.whiteBase,e.gradients.whiteBaseNegative,e.colors.highlightBase)},q=function(e){return m(Qe||=r([`
  color: `,`;
  background: none;
  background-color: `,`;
  border: 1px solid `,`;
  text-shadow: none;

  &:hover {
    background: `,`;
  }

  &:active {
    background: none;
    background-color: `,`;
  }

  &.fi-button--disabled,
  &[disabled],
  &:disabled {
    color: `,`;
    text-shadow: none;
    background: none;
    background-color: `,`;
    border-color: `,`;
  }

  .fi-button_loading-icon {
    .fi-icon-component-brand-fill {
      fill: `,`;
    }
  }
`],[`
  color: `,`;
  background: none;
  background-color: `,`;
  border: 1px solid `,`;
  text-shadow: none;

  &:hover {
    background: `,`;
  }

  &:active {
    background: none;
    background-color: `,`;
  }

  &.fi-button--disabled,
  &[disabled],
  &:disabled {
    color: `,`;
    text-shadow: none;
    background: none;
    background-color: `,`;
    border-color: `,`;
  }

  .fi-button_loading-icon {
    .fi-icon-component-brand-fill {
      fill: `,`;
    }
  }
`]),e.colors.highlightBase,e.colors.whiteBase,e.colors.highlightBase,e.gradients.whiteBaseToDepthLight2,e.colors.depthLight2,e.colors.depthBase,e.colors.highlightLight4,e.colors.depthBase,e.colors.depthBase)},qe=function(e){return m($e||=r([`
  &.fi-button--secondary {
    `,`
  }
`],[`
  &.fi-button--secondary {
    `,`
  }
`]),q(e))},Je=function(e){return m(et||=r([`
  &.fi-button--secondary-noborder {
    `,`
    border: none;
    padding: `,` `,`;
    background-color: transparent;

    &.fi-button--icon-only {
      padding: `,` 12px;
    }

    .fi-button_loading-icon {
      .fi-icon-component-brand-fill {
        fill: `,`;
      }
    }
  }
`],[`
  &.fi-button--secondary-noborder {
    `,`
    border: none;
    padding: `,` `,`;
    background-color: transparent;

    &.fi-button--icon-only {
      padding: `,` 12px;
    }

    .fi-button_loading-icon {
      .fi-icon-component-brand-fill {
        fill: `,`;
      }
    }
  }
`]),q(e),e.spacing.insetL,e.spacing.insetXxl,e.spacing.insetS,e.colors.depthBase)},Ye=function(e){return m(tt||=r([`
  &.fi-button--secondary-light {
    color: `,`;
    `,`
    background: `,`;
    padding: `,` `,`;
    border: none;

    &.fi-button--icon-only {
      padding: `,` 12px;
    }

    &:hover {
      background: `,`;
    }

    &:active {
      background: `,`;
    }

    &.fi-button--disabled,
    &[disabled],
    &:disabled {
      color: `,`;
      background: none;
      background-color: `,`;
    }

    .fi-button_loading-icon {
      .fi-icon-component-brand-fill {
        fill: `,`;
      }
    }
  }
`],[`
  &.fi-button--secondary-light {
    color: `,`;
    `,`
    background: `,`;
    padding: `,` `,`;
    border: none;

    &.fi-button--icon-only {
      padding: `,` 12px;
    }

    &:hover {
      background: `,`;
    }

    &:active {
      background: `,`;
    }

    &.fi-button--disabled,
    &[disabled],
    &:disabled {
      color: `,`;
      background: none;
      background-color: `,`;
    }

    .fi-button_loading-icon {
      .fi-icon-component-brand-fill {
        fill: `,`;
      }
    }
  }
`]),e.colors.highlightBase,q(e),e.gradients.depthSecondaryToDepthSecondaryDark1,e.spacing.insetL,e.spacing.insetXxl,e.spacing.insetS,e.gradients.highlightLight4ToDepthSecondary,e.gradients.depthLight3ToDepthLight2,e.colors.depthBase,e.colors.depthLight3,e.colors.depthBase)},Xe=function(e,t,n){return m(nt||=r([`
  `,`
  `,`
  `,`
  padding: 9px `,`;
  min-height: 40px;
  color: `,`;
  background: `,`;
  border-radius: `,`;
  text-align: center;
  text-shadow: `,`;
  cursor: pointer;
  border: 1px solid transparent; /* For high contrast mode */

  &:focus {
    position: relative;
    `,` /* For high contrast mode */

    &::after {
      `,`
    }
  }

  &:hover {
    background: `,`;
    outline: 2px solid transparent; /* For high contrast mode */
  }

  &:active {
    background: `,`;
  }

  &.fi-button--disabled,
  &[disabled],
  &:disabled {
    text-shadow: 0 1px 1px `,`;
    background: `,`;
    user-select: none;
    cursor: not-allowed;
  }

  &.fi-button--disabled:not([aria-disabled='true'])::after {
    border: none;
    box-shadow: none;
  }

  &.fi-button--fullwidth {
    display: block;
    width: 100%;
  }

  `,`
  `,`
  `,`

  `,`
  
  & > .fi-button_icon > .fi-icon {
    width: 16px;
    height: 16px;
    margin-right: `,`;
    vertical-align: middle;
    transform: translateY(-0.1em);
  }

  & > .fi-button_icon--right > .fi-icon {
    margin-right: 0;
    margin-left: `,`;
  }

  &.fi-button--icon-only {
    padding: `,` 11px;
    & > .fi-button_icon > .fi-icon {
      margin-right: 0;
    }
    & > .fi-button_icon--right > .fi-icon {
      margin-left: 0;
    }
  }

  &.fi-button--disabled > .fi-button_icon {
    cursor: not-allowed;
  }

  .fi-button_loading-icon {
    display: inline-block;
    width: 20px;
    height: 20px;
    margin-right: `,`;
    animation: rotation 1.5s infinite linear;

    .fi-icon-component-brand-fill {
      fill: `,`;
    }
  }

  @keyframes rotation {
    from {
      transform: rotate(0deg);
    }
    to {
      transform: rotate(359deg);
    }
  }
  @media (prefers-reduced-motion) {
    &.fi-loadingSpinner.fi-loadingSpinner--loading {
      .fi-loadingSpinner_icon {
        animation: rotation 10s infinite linear;
      }
    }
  }

  &.fi-button--loading {
    display: flex;
    align-items: center;
  }

  &.fi-button--loading-icon-only {
    .fi-button_loading-icon {
      margin-right: 0;
    }
  }
`],[`
  `,`
  `,`
  `,`
  padding: 9px `,`;
  min-height: 40px;
  color: `,`;
  background: `,`;
  border-radius: `,`;
  text-align: center;
  text-shadow: `,`;
  cursor: pointer;
  border: 1px solid transparent; /* For high contrast mode */

  &:focus {
    position: relative;
    `,` /* For high contrast mode */

    &::after {
      `,`
    }
  }

  &:hover {
    background: `,`;
    outline: 2px solid transparent; /* For high contrast mode */
  }

  &:active {
    background: `,`;
  }

  &.fi-button--disabled,
  &[disabled],
  &:disabled {
    text-shadow: 0 1px 1px `,`;
    background: `,`;
    user-select: none;
    cursor: not-allowed;
  }

  &.fi-button--disabled:not([aria-disabled='true'])::after {
    border: none;
    box-shadow: none;
  }

  &.fi-button--fullwidth {
    display: block;
    width: 100%;
  }

  `,`
  `,`
  `,`

  `,`
  
  & > .fi-button_icon > .fi-icon {
    width: 16px;
    height: 16px;
    margin-right: `,`;
    vertical-align: middle;
    transform: translateY(-0.1em);
  }

  & > .fi-button_icon--right > .fi-icon {
    margin-right: 0;
    margin-left: `,`;
  }

  &.fi-button--icon-only {
    padding: `,` 11px;
    & > .fi-button_icon > .fi-icon {
      margin-right: 0;
    }
    & > .fi-button_icon--right > .fi-icon {
      margin-left: 0;
    }
  }

  &.fi-button--disabled > .fi-button_icon {
    cursor: not-allowed;
  }

  .fi-button_loading-icon {
    display: inline-block;
    width: 20px;
    height: 20px;
    margin-right: `,`;
    animation: rotation 1.5s infinite linear;

    .fi-icon-component-brand-fill {
      fill: `,`;
    }
  }

  @keyframes rotation {
    from {
      transform: rotate(0deg);
    }
    to {
      transform: rotate(359deg);
    }
  }
  @media (prefers-reduced-motion) {
    &.fi-loadingSpinner.fi-loadingSpinner--loading {
      .fi-loadingSpinner_icon {
        animation: rotation 10s infinite linear;
      }
    }
  }

  &.fi-button--loading {
    display: flex;
    align-items: center;
  }

  &.fi-button--loading-icon-only {
    .fi-button_loading-icon {
      margin-right: 0;
    }
  }
`]),d(e),f(t),f(n,!0),e.spacing.insetXxl,e.colors.whiteBase,e.gradients.highlightBaseToHighlightDark1,e.radiuses.basic,e.shadows.invertTextShadow,e.focuses.highContrastFocus,e.focuses.absoluteFocus,e.gradients.highlightLight1ToHighlightBase,e.colors.highlightDark1,Ge(.5)(e.colors.blackBase),e.gradients.depthLight1ToDepthBase,Ke(e),qe(e),Je(e),Ye(e),e.spacing.insetM,e.spacing.insetM,e.spacing.insetS,e.spacing.insetM,e.colors.whiteBase)},Ze,Qe,$e,et,tt,nt;function J(e,t){var n={};for(var r in e)Object.prototype.hasOwnProperty.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&typeof Object.getOwnPropertySymbols==`function`)for(var i=0,r=Object.getOwnPropertySymbols(e);i<r.length;i++)t.indexOf(r[i])<0&&Object.prototype.propertyIsEnumerable.call(e,r[i])&&(n[r[i]]=e[r[i]]);return n}var Y={exports:{}};(function(e){(function(){var t={}.hasOwnProperty;function n(){for(var e=[],r=0;r<arguments.length;r++){var i=arguments[r];if(i){var a=typeof i;if(a===`string`||a===`number`)e.push(i);else if(Array.isArray(i)){if(i.length){var o=n.apply(null,i);o&&e.push(o)}}else if(a===`object`){if(i.toString!==Object.prototype.toString&&!i.toString.toString().includes(`[native code]`)){e.push(i.toString());continue}for(var s in i)t.call(i,s)&&i[s]&&e.push(s)}}}return e.join(` `)}e.exports?(n.default=n,e.exports=n):window.classNames=n})()})(Y);var X=Y.exports,rt=({color:e,fill:t})=>{let n=t??e??`currentColor`;return m`
    vertical-align: baseline;
    &.fi-icon {
      display: inline-block;
    }
    .fi-icon-base-fill {
      fill: ${n};
    }
    .fi-icon-base-stroke {
      stroke: ${n};
    }
    &.fi-icon--cursor-pointer {
      cursor: pointer;
      & * {
        cursor: inherit;
      }
    }
  `},it=({highlightColor:e,baseColor:t})=>m`
  vertical-align: baseline;
  &.fi-static-icon {
    display: inline-block;
  }
  &.fi-icon--cursor-pointer {
    cursor: pointer;
    & * {
      cursor: inherit;
    }
  }
  ${!!e&&`.fi-icon-illustrative-highlight-fill {
    fill: ${e};
  }
  .fi-icon-illustrative-highlight-stroke {
    stroke: ${e}
  }
  `}
  ${!!t&&`.fi-icon-illustrative-base-fill {
    fill: ${t};
  }
  .fi-icon-illustrative-base-stroke {
    stroke: ${t}
  }
  `}
`,Z=`fi-icon`,at=`${Z}--cursor-pointer`,ot=e=>!!e||e===``,st=e=>ot(e)?{"aria-label":e,role:`img`}:{"aria-hidden":!0},ct=e=>ot(e)?{}:{focusable:!1},lt=e=>x.createElement(`svg`,Object.assign({viewBox:`0 0 40 40`,width:`1em`,height:`1em`},e),x.createElement(`path`,{d:`M20 0v3C10.611 3 3 10.611 3 20s7.611 17 17 17c9.28 0 16.825-7.437 16.997-16.677L37 20h3c0 11.046-8.954 20-20 20S0 31.046 0 20C0 9.07 8.769.187 19.656.003L20 0Z`,fill:`#00347A`,className:`fi-icon-component-brand-fill`})),ut=g(e=>{let{className:t,mousePointer:n,ariaLabel:r,color:i,fill:a,baseColor:o,highlightColor:s}=e,c=J(e,[`className`,`mousePointer`,`ariaLabel`,`color`,`fill`,`baseColor`,`highlightColor`]);return x.createElement(lt,Object.assign({className:X(Z,t,{[at]:!!n})},c,st(r),ct(r)))})`
  ${it}
`,dt=e=>x.createElement(ut,Object.assign({},e));dt.displayName=`Icon`;var ft=`fi-visually-hidden`,pt=g(function(e){var t=e.forwardedRef,r=n(e,[`forwardedRef`]);return x.createElement(K,a({forwardedRef:t},r))}).withConfig({componentId:`sc-1s98eq1-0`})(mt||=r([`
  position: absolute;
  clip: rect(0 0 0 0);
  height: 1px;
  width: 1px;
  margin: -1px;
  padding: 0;
  border: 0;
  overflow: hidden;
`],[`
  position: absolute;
  clip: rect(0 0 0 0);
  height: 1px;
  width: 1px;
  margin: -1px;
  padding: 0;
  border: 0;
  overflow: hidden;
`])),Q=(0,x.forwardRef)(function(e,t){var r=e.className,i=n(e,[`className`]);return x.createElement(pt,a({forwardedRef:t},i,{className:(0,S.default)(ft,r)}))});Q.displayName=`VisuallyHidden`;var mt,$=`fi-button`,ht=`${$}--disabled`,gt=`${$}_icon`,_t=`${$}--icon-only`,vt=`${$}_icon--right`,yt=`${$}--fullwidth`,bt=`${$}--loading`,xt=`${$}--loading-icon-only`,St=`${$}_loading-icon`,Ct=function(e){h(t,e);function t(){return e!==null&&e.apply(this,arguments)||this}return t.prototype.render=function(){var e,t=this.props,r=t.fullWidth,i=t.variant,o=i===void 0?`default`:i,s=t.className,c=t.loading,u=t.ariaLoadingText,d=t.disabled,f=t.onClick,p=t[`aria-disabled`],m=p===void 0?c||!1:p,h=t.icon,g=t.iconRight,_=t.forwardedRef,v=t.children,y=t.style,ee=n(t,[`fullWidth`,`variant`,`className`,`loading`,`ariaLoadingText`,`disabled`,`onClick`,`aria-disabled`,`icon`,`iconRight`,`forwardedRef`,`children`,`style`]),te=l(ee)[1],b=d||m?null:{onClick:f};return x.createElement(x.Fragment,null,x.createElement(Q,{"aria-live":`polite`},c&&u),x.createElement(ze,a({},te,b,d?{}:{tabIndex:0},{"aria-disabled":!!m||!!d,forwardedRef:_,disabled:!!d,className:(0,S.default)($,s,(e={},e[ht]=!!d||!!m,e[`${$}--inverted`]=o===`inverted`,e[`${$}--secondary`]=o===`secondary`,e[`${$}--secondary-noborder`]=o===`secondaryNoBorder`,e[`${$}--secondary-light`]=o===`secondaryLight`,e[yt]=r,e[_t]=(!!h||!!g)&&!v,e[bt]=c,e[xt]=c&&!v,e)),style:y}),c&&x.createElement(dt,{className:St}),!!h&&!c&&x.createElement(K,{className:gt},h),v,!!g&&!c&&x.createElement(K,{className:(0,S.default)(gt,vt)},g)))},t}(x.Component),wt=g(function(e){e.theme,e.globalMargins;var t=n(e,[`theme`,`globalMargins`]);return x.createElement(Ct,a({},t))}).withConfig({componentId:`sc-1ykxrn9-0`})(Et||=r([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,r=e.globalMargins,i=n(e,[`theme`,`globalMargins`]),a=l(i)[0];return Xe(t,u(r.button,a),a)}),Tt=(0,x.forwardRef)(function(e,t){return x.createElement(o,null,function(n){var r=n.margins;return x.createElement(s,null,function(n){var i=n.suomifiTheme;return x.createElement(wt,a({theme:i,forwardedRef:t,globalMargins:r},e))})})});Tt.displayName=`Button`;var Et;export{b as _,Z as a,X as c,Le as d,ge as f,v as g,_ as h,st as i,J as l,ee as m,Q as n,at as o,te as p,ct as r,rt as s,Tt as t,K as u,y as v};