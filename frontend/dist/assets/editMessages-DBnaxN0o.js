import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{n as t}from"./jsx-runtime-CkXRJ162.js";import{a as n,c as r,i,l as a,n as o,o as s,r as c,s as l,u}from"./Button-DxnvfVZ0.js";import{C as d,S as f,_ as p,b as m,d as h,f as g,l as _,n as v,p as y,s as b,t as x,u as S,v as C,y as w}from"./spacing-DMqK3re3.js";import{b as T}from"./session-Bpz1K9yR.js";var E=e(p()),D=e(t()),O=C(A||=f([`
  `,`
  `,`
  `,`
  `,`
  display: inline-block;
  max-width: 100%;
`],[`
  `,`
  `,`
  `,`
  `,`
  display: inline-block;
  max-width: 100%;
`]),S.normalize.html,S.normalize.input,_([`::-webkit-input-placeholder`]),S.common),k=w(function(e){var t=e.type,n=e.forwardedRef,r=d(e,[`type`,`forwardedRef`]);return D.createElement(`input`,m({},r,{type:t||`text`,ref:n}))}).withConfig({componentId:`sc-fkzflm-0`})(j||=f([`
  `,`
`],[`
  `,`
`]),O),A,j,M=e=>D.createElement(`svg`,Object.assign({viewBox:`0 0 24 24`,xmlns:`http://www.w3.org/2000/svg`,width:`1em`,height:`1em`},e),D.createElement(`path`,{d:`M12 0c6.617 0 12 5.383 12 12s-5.383 12-12 12S0 18.617 0 12 5.383 0 12 0Zm5.65 8.24a1 1 0 0 0-1.41.11l-5.296 6.18-2.237-2.237a1 1 0 1 0-1.414 1.414l3 3a1 1 0 0 0 1.466-.056l6-7a1 1 0 0 0-.108-1.41Z`,fill:`#222`,fillRule:`evenodd`,className:`fi-icon-base-fill`})),N=w(e=>{let{className:t,mousePointer:o,ariaLabel:l,color:u,fill:d,baseColor:f,highlightColor:p}=e,m=a(e,[`className`,`mousePointer`,`ariaLabel`,`color`,`fill`,`baseColor`,`highlightColor`]);return D.createElement(M,Object.assign({className:r(n,t,{[s]:!!o})},m,i(l),c(l)))})`
  ${l}
`,P=e=>D.createElement(N,Object.assign({},e));P.displayName=`Icon`;var F=e=>D.createElement(`svg`,Object.assign({viewBox:`0 0 24 24`,xmlns:`http://www.w3.org/2000/svg`,width:`1em`,height:`1em`},e),D.createElement(`path`,{d:`M12 0c6.617 0 12 5.383 12 12s-5.383 12-12 12S0 18.617 0 12 5.383 0 12 0Zm.71 17.29c-.38-.37-1.05-.37-1.42 0-.181.19-.29.44-.29.71 0 .26.109.52.29.71.189.18.45.29.71.29.26 0 .52-.11.71-.29.18-.19.29-.45.29-.71 0-.27-.11-.52-.29-.71ZM12 5a1 1 0 0 0-1 1v8a1 1 0 1 0 2 0V6a1 1 0 0 0-1-1Z`,fill:`#222`,fillRule:`evenodd`,className:`fi-icon-base-fill`})),I=w(e=>{let{className:t,mousePointer:o,ariaLabel:l,color:u,fill:d,baseColor:f,highlightColor:p}=e,m=a(e,[`className`,`mousePointer`,`ariaLabel`,`color`,`fill`,`baseColor`,`highlightColor`]);return D.createElement(F,Object.assign({className:r(n,t,{[s]:!!o})},m,i(l),c(l)))})`
  ${l}
`,L=e=>D.createElement(I,Object.assign({},e));L.displayName=`Icon`;var R=function(e,t){var n,r=t.filter(function(e){return!!e});if(r.length>0){var i=r.join(` `).trim();return n={},n[e]=i,n}return{}},z=function(e,t,n){return C(B||=f([`
  `,`
  `,`

  &.fi-label {
    & .fi-label_label-span {
      `,`;
      display: inline-block;
      vertical-align: middle;
      color: `,`;

      & .fi-label_optional-text {
        `,`;
      }
      & .fi-tooltip {
        margin-left: `,`;
      }
    }
  }
`],[`
  `,`
  `,`

  &.fi-label {
    & .fi-label_label-span {
      `,`;
      display: inline-block;
      vertical-align: middle;
      color: `,`;

      & .fi-label_optional-text {
        `,`;
      }
      & .fi-tooltip {
        margin-left: `,`;
      }
    }
  }
`]),x(t),x(n,!0),b(e)(`actionElementInnerTextBold`),e.colors.blackBase,e.typography.bodyTextSmall,e.spacing.insetS)},B,V=`fi-label`,H={labelSpan:`${V}_label-span`,optionalText:`${V}_optional-text`},U=w(function(e){var t=e.className,n=e.contentStyle,r=e.contentClassName;e.theme;var i=e.labelMode,a=i===void 0?`visible`:i,s=e.style,c=e.children,l=e.asProp,f=l===void 0?`label`:l;e.globalMargins;var p=e.optionalText,h=e.tooltipComponent,g=e.forceTooltipRerender,_=g!==void 0&&g,y=d(e,[`className`,`contentStyle`,`contentClassName`,`theme`,`labelMode`,`style`,`children`,`asProp`,`globalMargins`,`optionalText`,`tooltipComponent`,`forceTooltipRerender`]),b=v(y)[1],x=D.useRef(null);function S(e){return(0,D.isValidElement)(e)?(0,D.cloneElement)(e,{anchorElement:x.current,key:_?Date.now():null}):null}return D.createElement(T,{className:(0,E.default)(t,V),forwardedRef:function(e){x.current=e},style:s},a===`hidden`?D.createElement(o,m({asProp:f},b),c,p&&`(${p})`):D.createElement(D.Fragment,null,D.createElement(u,m({as:f,style:n?m({},n):{}},b,{className:(0,E.default)(H.labelSpan,r)}),c,p&&D.createElement(u,{className:H.optionalText},` (${p})`)),!!h&&S(h)))}).withConfig({componentId:`sc-cooxd2-0`})(G||=f([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=d(e,[`theme`,`globalMargins`]),i=v(r)[0];return z(t,y(n.label,i),i)}),W=function(e){return D.createElement(h,null,function(t){var n=t.margins;return D.createElement(g,null,function(t){var r=t.suomifiTheme;return D.createElement(U,m({globalMargins:n,theme:r},e))})})};W.displayName=`Label`;var G,K=function(e,t,n){return C(q||=f([`
  `,`;
  color: `,`;
  font-size: 14px;
  line-height: 20px;
  `,`
  `,`;

  &.fi-status-text {
    display: block;
    &.fi-status-text--error {
      color: `,`;
    }
    & .fi-icon {
      vertical-align: middle;
      transform: translateY(-0.1em);
      margin-right: `,`;
    }
    &.fi-status-text--success .fi-icon-base-fill {
      fill: `,`;
    }
  }
`],[`
  `,`;
  color: `,`;
  font-size: 14px;
  line-height: 20px;
  `,`
  `,`;

  &.fi-status-text {
    display: block;
    &.fi-status-text--error {
      color: `,`;
    }
    & .fi-icon {
      vertical-align: middle;
      transform: translateY(-0.1em);
      margin-right: `,`;
    }
    &.fi-status-text--success .fi-icon-base-fill {
      fill: `,`;
    }
  }
`]),b(e)(`bodySemiBoldSmall`),e.colors.blackBase,x(t),x(n,!0),e.colors.alertBase,e.spacing.xxs,e.colors.successBase)},q,J=`fi-status-text`,Y={error:`${J}--error`,success:`${J}--success`},X=function(e){if(e===void 0||e==="default")return null;if(e===`error`)return D.createElement(L,{"aria-hidden":`true`});if(e===`success`)return D.createElement(P,{"aria-hidden":`true`})},Z=w(function(e){var t,n=e.className;e.globalMargins;var r=e.children,i=e.disabled,a=e.status;e.theme;var o=e.ariaLiveMode,s=o===void 0?`polite`:o,c=d(e,[`className`,`globalMargins`,`children`,`disabled`,`status`,`theme`,`ariaLiveMode`]),l=v(c)[1],f=i?{"aria-live":`off`}:{"aria-live":s};return D.createElement(u,m({},l,f,{className:(0,E.default)(n,J,(t={},t[Y.error]=a===`error`,t[Y.success]=a===`success`,t)),"aria-atomic":`true`,style:m({},l?.style)}),!!r&&X(a),r)}).withConfig({componentId:`sc-18fcmym-0`})(ee||=f([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=d(e,[`theme`,`globalMargins`]),i=v(r)[0];return K(t,y(n.statusText,i),i)}),Q=(0,D.forwardRef)(function(e,t){var n=e.children,r=d(e,[`children`]);return D.createElement(h,null,function(e){var i=e.margins;return D.createElement(g,null,function(e){var a=e.suomifiTheme;return D.createElement(Z,m({forwardedRef:t,globalMargins:i,theme:a},r),n)})})});Q.displayName=`StatusText`;var ee,te=function(e,t,n){return C(ne||=f([`
  color: `,`;
  `,`;
  `,`
  `,`

  &.fi-hint-text {
    display: block;
  }
`],[`
  color: `,`;
  `,`;
  `,`
  `,`

  &.fi-hint-text {
    display: block;
  }
`]),e.colors.blackBase,b(e)(`bodyTextSmall`),x(t),x(n,!0))},ne,re=`fi-hint-text`,ie=w(function(e){var t=e.className;e.globalMargins,e.theme;var n=e.children,r=d(e,[`className`,`globalMargins`,`theme`,`children`]),i=v(r)[1];return D.createElement(u,m({},i,{className:(0,E.default)(t,re,{}),style:m({},i?.style)}),n)}).withConfig({componentId:`sc-ketar6-0`})(ae||=f([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=d(e,[`theme`,`globalMargins`]),i=v(r)[0];return te(t,y(n.hintText,i),i)}),$=(0,D.forwardRef)(function(e,t){var n=e.children,r=d(e,[`children`]);return n?D.createElement(h,null,function(e){var i=e.margins;return D.createElement(g,null,function(e){var a=e.suomifiTheme;return D.createElement(ie,m({forwardedRef:t,theme:a,globalMargins:i},r),n)})}):null});$.displayName=`HintText`;var ae,oe={fi:{signIn:`Kirjaudu sisään`,signOut:`Kirjaudu ulos`,email:`Sähköposti`,password:`Salasana`,signedInAs:`Kirjautunut`,signInFailed:`Kirjautuminen epäonnistui`,inbox:`Liittymispyynnöt`,myOrganization:`Oma organisaatio`,myNetworks:`Omat verkostot`,inboxEmpty:`Ei käsittelemättömiä liittymispyyntöjä.`,edit:`Muokkaa`,editOrganization:`Muokkaa organisaation tietoja`,save:`Tallenna`,cancel:`Peruuta`,saved:`Tallennettu.`,requestApproved:`Pyyntö hyväksytty`,requestDeclined:`Pyyntö hylätty`,membershipEnded:`Jäsenyys päätetty`,fixErrors:`Korjaa merkityt kentät.`,conflictTitle:`Joku muu muutti tietoja`,conflictText:`Tietoja on muutettu sen jälkeen, kun avasit lomakkeen. Alla ovat nykyiset tiedot; muutoksesi ovat yhä lomakkeella. Tarkista ja tallenna uudelleen.`,currentValues:`Nykyiset tiedot`,stillAccurate:`Tiedot ovat ajan tasalla`,confirmed:`Vahvistettu ajantasaiseksi.`,askToJoin:`Pyydä liittymistä verkostoon`,chooseNetwork:`Verkosto (hae nimellä)`,areaSearch:`hae nimellä`,removeArea:`Poista`,noAreas:`Ei valittu`,representative:`Edustajan tehtävänimike`,representativeHint:`Tehtävänimike, ei henkilön nimeä`,role:`Rooli`,sendRequest:`Lähetä pyyntö`,requestSent:`Pyyntö lähetetty verkoston koordinaattorille.`,approve:`Hyväksy`,decline:`Hylkää`,declineReason:`Hylkäämisen syy`,endMembership:`Päätä jäsenyys`,leaveNetwork:`Eroa verkostosta`,endDate:`Päättymispäivä`,pendingRequests:`Odottavat liittymispyynnöt`,invitation:`kutsu`,awaitingOrganization:`Odottaa organisaation vastausta`,awaitingNetwork:`Odottaa verkoston vastausta`,history:`Muutoshistoria`,noHistory:`Ei muutoksia.`,error:`Virhe`,forbidden:`Sinulla ei ole oikeutta tähän.`,genericError:`Toiminto epäonnistui. Yritä uudelleen.`,nameFi:`Nimi suomeksi`,nameSv:`Nimi ruotsiksi`,nameEn:`Nimi englanniksi`,shortName:`Lyhenne`,phone:`Puhelin (yleinen numero)`,website:`Verkkosivu`,address:`Käyntiosoite`,addressConfidential:`Osoite on salainen (näkyy vain ylläpidolle ja organisaatiolle itselleen)`,description:`Kuvaus`,businessID:`Y-tunnus`,editNetwork:`Muokkaa verkoston tietoja`,meetingsPerYear:`Kokouksia vuodessa`,startedOn:`Aloitettu`,endedOn:`Päättynyt`,networkStatus:`Tila`,by:`tekijänä`},sv:{signIn:`Logga in`,signOut:`Logga ut`,email:`E-post`,password:`Lösenord`,signedInAs:`Inloggad`,signInFailed:`Inloggningen misslyckades`,inbox:`Anslutningsbegäranden`,myOrganization:`Min organisation`,myNetworks:`Mina nätverk`,inboxEmpty:`Inga obehandlade anslutningsbegäranden.`,edit:`Redigera`,editOrganization:`Redigera organisationens uppgifter`,save:`Spara`,cancel:`Avbryt`,saved:`Sparat.`,requestApproved:`Begäran godkänd`,requestDeclined:`Begäran avslagen`,membershipEnded:`Medlemskapet avslutat`,fixErrors:`Rätta de markerade fälten.`,conflictTitle:`Någon annan ändrade uppgifterna`,conflictText:`Uppgifterna har ändrats efter att du öppnade formuläret. Nedan finns de nuvarande uppgifterna; dina ändringar finns kvar i formuläret. Kontrollera och spara igen.`,currentValues:`Nuvarande uppgifter`,stillAccurate:`Uppgifterna är aktuella`,confirmed:`Bekräftat som aktuellt.`,askToJoin:`Be om att få ansluta till ett nätverk`,chooseNetwork:`Nätverk (sök med namn)`,areaSearch:`sök med namn`,removeArea:`Ta bort`,noAreas:`Inget valt`,representative:`Representantens titel`,representativeHint:`En titel, inte en persons namn`,role:`Roll`,sendRequest:`Skicka begäran`,requestSent:`Begäran skickad till nätverkets samordnare.`,approve:`Godkänn`,decline:`Avslå`,declineReason:`Orsak till avslag`,endMembership:`Avsluta medlemskapet`,leaveNetwork:`Lämna nätverket`,endDate:`Slutdatum`,pendingRequests:`Väntande anslutningsbegäranden`,invitation:`inbjudan`,awaitingOrganization:`Väntar på organisationens svar`,awaitingNetwork:`Väntar på nätverkets svar`,history:`Ändringshistorik`,noHistory:`Inga ändringar.`,error:`Fel`,forbidden:`Du har inte behörighet till detta.`,genericError:`Åtgärden misslyckades. Försök igen.`,nameFi:`Namn på finska`,nameSv:`Namn på svenska`,nameEn:`Namn på engelska`,shortName:`Förkortning`,phone:`Telefon (allmänt nummer)`,website:`Webbplats`,address:`Besöksadress`,addressConfidential:`Adressen är hemlig (syns bara för administratörer och organisationen själv)`,description:`Beskrivning`,businessID:`FO-nummer`,editNetwork:`Redigera nätverkets uppgifter`,meetingsPerYear:`Möten per år`,startedOn:`Startade`,endedOn:`Avslutades`,networkStatus:`Status`,by:`av`},en:{signIn:`Sign in`,signOut:`Sign out`,email:`Email`,password:`Password`,signedInAs:`Signed in`,signInFailed:`Sign-in failed`,inbox:`Requests to join`,myOrganization:`My organisation`,myNetworks:`My networks`,inboxEmpty:`No requests waiting.`,edit:`Edit`,editOrganization:`Edit the organisation's details`,save:`Save`,cancel:`Cancel`,saved:`Saved.`,requestApproved:`Request approved`,requestDeclined:`Request declined`,membershipEnded:`Membership ended`,fixErrors:`Correct the marked fields.`,conflictTitle:`Someone else changed this entry`,conflictText:`The entry was changed after you opened the form. The current values are below; your changes are still in the form. Check them and save again.`,currentValues:`Current values`,stillAccurate:`Still accurate`,confirmed:`Confirmed as accurate.`,askToJoin:`Ask to join a network`,chooseNetwork:`Network (search by name)`,areaSearch:`search by name`,removeArea:`Remove`,noAreas:`None chosen`,representative:`Representative's role title`,representativeHint:`A role title, not a person's name`,role:`Role`,sendRequest:`Send request`,requestSent:`Request sent to the network's coordinator.`,approve:`Approve`,decline:`Decline`,declineReason:`Reason for declining`,endMembership:`End membership`,leaveNetwork:`Leave the network`,endDate:`End date`,pendingRequests:`Pending requests`,invitation:`invitation`,awaitingOrganization:`Waiting for the organisation's answer`,awaitingNetwork:`Waiting for the network's answer`,history:`History`,noHistory:`No changes.`,error:`Error`,forbidden:`You may not do this.`,genericError:`That did not work. Try again.`,nameFi:`Name in Finnish`,nameSv:`Name in Swedish`,nameEn:`Name in English`,shortName:`Short name`,phone:`Phone (generic number)`,website:`Website`,address:`Visiting address`,addressConfidential:`The address is confidential (shown only to administrators and the organisation itself)`,description:`Description`,businessID:`Business ID`,editNetwork:`Edit the network's details`,meetingsPerYear:`Meetings a year`,startedOn:`Started`,endedOn:`Ended`,networkStatus:`Status`,by:`by`}};export{R as a,W as i,$ as n,k as o,Q as r,oe as t};