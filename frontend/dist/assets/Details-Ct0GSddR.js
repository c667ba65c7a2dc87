import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{n as t,t as n}from"./jsx-runtime-CkXRJ162.js";import{g as r,m as i,n as a,p as o,t as s,v as c}from"./Button-Dnv4JgJG.js";import{C as l,S as u,_ as d,b as f,c as p,d as m,f as h,g,h as ee,k as _,l as v,m as y,p as b,u as te,v as ne,x as re,y as x}from"./index-DIq7M_gj.js";import{i as S,n as C,r as w}from"./urql.es-BXY5_n1f.js";import{t as T}from"./editMessages-BnTWR8Xg.js";import{a as ie,f as E,l as D,m as O,n as k,o as ae,v as A,y as j}from"./session-DPvx_V71.js";import{t as M}from"./InlineAlert-DBk2RjmV.js";import{t as N}from"./TextInput-Blb4wp8L.js";import{C as P,S as F,_ as I,a as L,b as R,d as z,f as B,l as V,m as oe,n as se,o as H,p as U,s as W,t as G,u as K,v as q,y as J}from"./spacing-DMqK3re3.js";import{r as ce,t as le}from"./HtmlDiv-E64ge0mq.js";import{t as ue}from"./errors-qDiLbysj.js";import{n as de,r as Y,t as fe}from"./AreaPicker-DSjY2xeh.js";import{a as pe,i as me,r as he}from"./format-D8CFSryP.js";import{n as ge,r as _e,t as ve}from"./Memberships-C9TwxgUs.js";import{i as ye,n as be,r as xe,t as Se}from"./a11y-M_uwD78y.js";import{l as Ce,r as we}from"./colors-B7hWL8T9.js";var X=e(t()),Te=q(De||=F([`
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
`]),K.normalize.html,K.normalize.textarea,V([`::-webkit-input-placeholder`]),K.common),Ee=J(function(e){var t=e.forwardedRef,n=P(e,[`forwardedRef`]);return X.createElement(`textarea`,R({},n,{ref:t}))}).withConfig({componentId:`sc-vdx405-0`})(Oe||=F([`
  `,`
`],[`
  `,`
`]),Te),De,Oe,ke=function(e,t,n){return q(Ae||=F([`
  `,`
  `,`
  `,`
  `,`;
  `,`
  color: `,`;
  width: 290px;

  &.fi-textarea {
    display: flex;
    flex-direction: column;

    & .fi-textarea_bottom-wrapper {
      display: flex;
      justify-content: space-between;
    }

    & .fi-textarea_character-counter {
      `,`;
      color: `,`;
      font-size: 14px;
      line-height: 20px;
      flex: none;
      margin-top: `,`;

      &.fi-textarea_character-counter--error {
        color: `,`;
        `,`;
        font-size: 14px;
        line-height: 20px;
      }
    }

    & .fi-textarea_statusText--has-content {
      margin-top: `,`;
    }

    & .fi-textarea_textarea-element-container {
      &:focus-within {
        `,` /* For high contrast mode */
        position: relative;

        &::after {
          `,`
        }
      }
    }

    & .fi-label {
      margin-bottom: `,`;
    }

    & .fi-hint-text {
      margin-bottom: `,`;
    }

    & .fi-textarea_textarea {
      display: block;
      resize: vertical;
      border-radius: 2px;
      border: 1px solid `,`;
      box-shadow: `,`;
      padding: 8px 14px 13px 10px;
      `,`;
      width: 100%;
      background-color: `,`;

      &:focus {
        outline: none;
      }

      &::placeholder {
        font-style: italic;
        color: `,`;
        opacity: 1;
      }

      &-resize--horizontal {
        resize: horizontal;
      }

      &-resize--both {
        resize: both;
      }

      &-resize--none {
        resize: none;
      }
    }

    & .fi-status-text {
      display: block;
      line-height: 18px;
    }

    &.fi-textarea--disabled {
      color: `,`;
      cursor: not-allowed;

      & .fi-textarea_textarea {
        background-color: `,`;
      }
    }

    &.fi-textarea--error {
      & .fi-textarea_textarea {
        border: 2px solid `,`;
      }
    }
  }

  &.fi-textarea--full-width {
    width: 100%;
  }
`],[`
  `,`
  `,`
  `,`
  `,`;
  `,`
  color: `,`;
  width: 290px;

  &.fi-textarea {
    display: flex;
    flex-direction: column;

    & .fi-textarea_bottom-wrapper {
      display: flex;
      justify-content: space-between;
    }

    & .fi-textarea_character-counter {
      `,`;
      color: `,`;
      font-size: 14px;
      line-height: 20px;
      flex: none;
      margin-top: `,`;

      &.fi-textarea_character-counter--error {
        color: `,`;
        `,`;
        font-size: 14px;
        line-height: 20px;
      }
    }

    & .fi-textarea_statusText--has-content {
      margin-top: `,`;
    }

    & .fi-textarea_textarea-element-container {
      &:focus-within {
        `,` /* For high contrast mode */
        position: relative;

        &::after {
          `,`
        }
      }
    }

    & .fi-label {
      margin-bottom: `,`;
    }

    & .fi-hint-text {
      margin-bottom: `,`;
    }

    & .fi-textarea_textarea {
      display: block;
      resize: vertical;
      border-radius: 2px;
      border: 1px solid `,`;
      box-shadow: `,`;
      padding: 8px 14px 13px 10px;
      `,`;
      width: 100%;
      background-color: `,`;

      &:focus {
        outline: none;
      }

      &::placeholder {
        font-style: italic;
        color: `,`;
        opacity: 1;
      }

      &-resize--horizontal {
        resize: horizontal;
      }

      &-resize--both {
        resize: both;
      }

      &-resize--none {
        resize: none;
      }
    }

    & .fi-status-text {
      display: block;
      line-height: 18px;
    }

    &.fi-textarea--disabled {
      color: `,`;
      cursor: not-allowed;

      & .fi-textarea_textarea {
        background-color: `,`;
      }
    }

    &.fi-textarea--error {
      & .fi-textarea_textarea {
        border: 2px solid `,`;
      }
    }
  }

  &.fi-textarea--full-width {
    width: 100%;
  }
`]),L(e),W(e)(`bodyText`),G(t),G(n,!0),H(),e.colors.blackBase,W(e)(`bodyTextSmall`),e.colors.blackBase,e.spacing.xxs,e.colors.alertBase,W(e)(`bodySemiBoldSmall`),e.spacing.xxs,e.focuses.highContrastFocus,e.focuses.absoluteFocus,e.spacing.xs,e.spacing.xs,e.colors.depthDark3,e.shadows.actionElementBoxShadow,e.typography.bodyTextSmall,e.colors.whiteBase,e.colors.depthDark2,e.colors.depthBase,e.colors.depthLight3,e.colors.alertBase)},Ae,je=e(I()),Z=`fi-textarea`,Q={fullWidth:`${Z}--full-width`,textareaContainer:`${Z}_textarea-element-container`,textarea:`${Z}_textarea`,resizeHorizontal:`${Z}_textarea-resize--horizontal`,resizeBoth:`${Z}_textarea-resize--both`,resizeNone:`${Z}_textarea-resize--none`,disabled:`${Z}--disabled`,error:`${Z}--error`,statusTextHasContent:`${Z}_statusText--has-content`,bottomWrapper:`${Z}_bottom-wrapper`,characterCounter:`${Z}_character-counter`,characterCounterError:`${Z}_character-counter--error`},Me=function(e){var t,n,r,i,o=e.id,s=e.className,c=e.disabled,u=c!==void 0&&c,d=e.children,p=e.onClick,m=e.onChange,h=e.labelMode,g=e.labelText,ee=e.hintText,_=e.status,v=e.statusText,y=e.visualPlaceholder,b=e.resize,te=e.optionalText,ne=e[`aria-describedby`],S=e.fullWidth,C=e.style,w=e.forwardedRef,T=e.statusTextAriaLiveMode,ie=T===void 0?`assertive`:T,E=e.tooltipComponent,D=e.characterLimit,O=e.ariaCharactersRemainingText,k=e.ariaCharactersExceededText,ae=P(e,[`id`,`className`,`disabled`,`children`,`onClick`,`onChange`,`labelMode`,`labelText`,`hintText`,`status`,`statusText`,`visualPlaceholder`,`resize`,`optionalText`,`aria-describedby`,`fullWidth`,`style`,`forwardedRef`,`statusTextAriaLiveMode`,`tooltipComponent`,`characterLimit`,`ariaCharactersRemainingText`,`ariaCharactersExceededText`]),A=se(ae)[1],j=(0,X.useState)(0),M=j[0],N=j[1],F=(0,X.useState)(``),I=F[0],L=F[1],z=(0,X.useState)(null),B=z[0],V=z[1],H=(0,X.useState)(!1),U=H[0],W=H[1];(0,X.useEffect)(function(){return W(!0),function(){W(!1)}},[]);var G=(0,X.useRef)(null),K=u?{}:{onMouseDown:p},q=v?`${o}-statusText`:void 0,J=ee?`${o}-hintText`:void 0;(0,X.useEffect)(function(){D!==void 0&&G.current?.value.length&&N(G.current?.value.length)},[]);var ce=function(e){if(B&&clearTimeout(B),D!==void 0&&O&&k){var t=e.target.value.length;N(t),V(setTimeout(function(){U&&L(t<=D?O(D-t):k(t-D))},1500))}m&&m(e)},ue=w||null;return X.createElement(le,{className:(0,je.default)(Z,s,(t={},t[Q.disabled]=!!u,t[Q.error]=_===`error`&&!u,t[Q.fullWidth]=S,t)),style:C},X.createElement(re,{htmlFor:o,labelMode:h,optionalText:te,tooltipComponent:E},g),X.createElement(x,{id:J},ee),X.createElement(le,{className:Q.textareaContainer},X.createElement(Ee,R({id:o,className:(0,je.default)(Q.textarea,(n={},n[Q.resizeBoth]=b===`both`,n[Q.resizeHorizontal]=b===`horizontal`,n[Q.resizeNone]=b===`none`,n)),disabled:u,defaultValue:d,forwardedRef:oe(G,ue),placeholder:y,"aria-invalid":_===`error`},l(`aria-describedby`,[q,J,ne]),{onChange:ce},A,K))),X.createElement(le,{className:Q.bottomWrapper},X.createElement(f,{id:q,className:(0,je.default)((r={},r[Q.statusTextHasContent]=!!v,r)),status:_,disabled:u,ariaLiveMode:ie},D&&X.createElement(a,null,I),v),D&&X.createElement(le,{className:(0,je.default)(Q.characterCounter,(i={},i[Q.characterCounterError]=M>D,i))},`${M}/${D}`)))},Ne=J(function(e){e.theme,e.globalMargins;var t=P(e,[`theme`,`globalMargins`]);return X.createElement(Me,R({},t))}).withConfig({componentId:`sc-fz1c6p-0`})(Fe||=F([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=P(e,[`theme`,`globalMargins`]),i=se(r)[0];return ke(t,U(n.textarea,i),i)}),Pe=(0,X.forwardRef)(function(e,t){var n=e.id,r=P(e,[`id`]);return X.createElement(z,null,function(e){var i=e.margins;return X.createElement(B,null,function(e){var a=e.suomifiTheme;return X.createElement(ce,{id:n},function(e){return X.createElement(Ne,R({theme:a,id:e,globalMargins:i,forwardedRef:t},r))})})})});Pe.displayName=`Textarea`;var Fe,Ie={fi:{required:`Pakollinen tieto.`,tooLong:`Enintään {n} merkkiä.`,email:`Anna sähköpostiosoite muodossa nimi@esimerkki.fi.`,url:`Anna osoite muodossa https://esimerkki.fi.`,businessID:`Tarkista Y-tunnus (muoto 1234567-8, tarkiste ei täsmää).`,server:`Virheellinen arvo`},sv:{required:`Obligatorisk uppgift.`,tooLong:`Högst {n} tecken.`,email:`Ange e-postadressen i formen namn@exempel.fi.`,url:`Ange adressen i formen https://exempel.fi.`,businessID:`Kontrollera FO-numret (formen 1234567-8, kontrollsiffran stämmer inte).`,server:`Ogiltigt värde`},en:{required:`Required.`,tooLong:`At most {n} characters.`,email:`Give an email address like name@example.fi.`,url:`Give an address like https://example.fi.`,businessID:`Check the business ID (form 1234567-8; the check digit does not match).`,server:`Invalid value`}};function Le(e,t){return/too long/.test(t)?Ie[e].tooLong.replace(`{n}`,`…`):/required|empty/.test(t)?Ie[e].required:`${Ie[e].server}.`}function Re(e){if(!/^\d{7}-\d$/.test(e))return!1;let t=[7,9,10,5,8,4,2].reduce((t,n,r)=>t+n*Number(e[r]),0)%11;return t!==1&&(t===0?0:11-t)===Number(e[8])}function ze(e,t,n){let r=Ie[e],i=t.trim();return i?n.max&&[...i].length>n.max?r.tooLong.replace(`{n}`,String(n.max)):n.kind===`email`&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(i)?r.email:n.kind===`url`&&!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(i)?r.url:n.kind===`businessID`&&!Re(i)?r.businessID:null:n.required?r.required:null}var $=n();function Be({title:e,testId:t,lang:n,fields:r,load:i,save:a,onDone:c}){let l=T[n],f=(0,X.useId)(),[p,m]=(0,X.useState)(null),[h,g]=(0,X.useState)(null),[ee,_]=(0,X.useState)({}),[v,y]=(0,X.useState)(null),[b,te]=(0,X.useState)(null),[ne,re]=(0,X.useState)(!1),x=k(),S=o[n],C=(0,X.useRef)(null),w=(0,X.useRef)(null),ie=(0,X.useRef)(null);(0,X.useEffect)(()=>{i().then(e=>{m(e),e&&g(e.values)})},[]);let E=p!==null;if((0,X.useEffect)(()=>{E&&C.current?.querySelector(`h3`)?.focus()},[E]),(0,X.useEffect)(()=>{b&&w.current?.focus()},[b]),(0,X.useEffect)(()=>{v&&ie.current?.focus()},[v]),!p||!h)return(0,$.jsx)(`p`,{children:`…`});let D=e=>typeof e==`string`?e:``,O=(e,t)=>e.kind===`checkbox`?t?`✓`:`–`:e.kind===`select`?e.options?.find(e=>e.value===t)?.label??`–`:e.kind===`choices`?D(t).split(`,`).filter(Boolean).map(t=>e.options?.find(e=>e.value===t)?.label??t).join(`, `)||`–`:e.kind===`area`||e.kind===`areas`?Y(D(t)).map(e=>d(e,n)).join(`, `)||`–`:D(t)||`–`,ae=async()=>{let e={};for(let t of r){let r=t.rule&&t.kind!==`checkbox`&&t.kind!==`choices`&&t.kind!==`area`&&t.kind!==`areas`?ze(n,D(h[t.name]),t.rule):null;r&&(e[t.name]=r)}if(_(e),Object.keys(e).length>0){y(l.fixErrors);return}let t={};for(let e of r){let n=h[e.name];if(n===p.values[e.name])continue;let r=e.name[0].toUpperCase()+e.name.slice(1);if(e.kind===`choices`){let i=D(n).split(`,`).filter(Boolean);i.length>0?t[e.name]=i:t[`clear${r}`]=!0}else if(e.kind===`area`){let[i]=Y(D(n));i?t[`${e.name}ID`]=i.id:t[`clear${r}`]=!0}else if(e.kind===`areas`){let i=new Set(Y(D(p.values[e.name])).map(e=>e.id)),a=new Set(Y(D(n)).map(e=>e.id)),o=r.replace(/s$/,``),s=[...a].filter(e=>!i.has(e)),c=[...i].filter(e=>!a.has(e));s.length&&(t[`add${o}IDs`]=s),c.length&&(t[`remove${o}IDs`]=c)}else typeof n==`boolean`?t[e.name]=n:n.trim()===``&&!e.rule?.required?t[`clear${e.name[0].toUpperCase()}${e.name.slice(1)}`]=!0:t[e.name]=e.kind===`number`?Number(n):n.trim()}re(!0);let o=ue(await a(t,p.version));if(re(!1),!o)c(!0);else if(o.code===`CONFLICT`){let e=await i();if(e){let t={...e.values};for(let e of r)h[e.name]!==p.values[e.name]&&(t[e.name]=h[e.name]);te(r.filter(t=>e.values[t.name]!==p.values[t.name]).map(t=>({field:t,now:O(t,e.values[t.name])}))),g(t),m(e)}y(null)}else Object.keys(o.fields).length>0?(_(Object.fromEntries(Object.entries(o.fields).map(([e,t])=>[e,Le(n,t)]))),y(l.fixErrors)):o.reason===`SESSION_EXPIRED`||o.code===`UNAUTHENTICATED`&&x.me?(x.markExpired(),y(`${S.sessionEnded}. ${S.sessionEndedText}`)):y(o.code===`FORBIDDEN`||o.code===`UNAUTHENTICATED`?l.forbidden:l.genericError)},A=(e,t)=>g({...h,[e]:t});return(0,$.jsxs)(`form`,{className:`edit-form`,"data-testid":t,noValidate:!0,onSubmit:e=>{e.preventDefault(),ae()},children:[(0,$.jsx)(`div`,{ref:C,children:(0,$.jsx)(u,{variant:`h3`,tabIndex:-1,children:e})}),r.some(e=>e.rule?.required)&&(0,$.jsx)(`p`,{className:`hint`,children:S.requiredNote}),b&&(0,$.jsx)(`div`,{ref:w,tabIndex:-1,role:`alert`,className:`alert-box`,children:(0,$.jsxs)(M,{status:`warning`,labelText:l.conflictTitle,"data-testid":`conflict`,children:[(0,$.jsx)(`p`,{children:l.conflictText}),b.length>0&&(0,$.jsxs)(`p`,{children:[l.currentValues,`:`]}),(0,$.jsx)(`dl`,{className:`facts`,children:b.map(({field:e,now:t})=>(0,$.jsxs)(`div`,{children:[(0,$.jsx)(`dt`,{children:e.label}),(0,$.jsx)(`dd`,{children:t})]},e.name))})]})}),v&&(0,$.jsx)(`div`,{ref:ie,tabIndex:-1,className:`alert-box`,children:(0,$.jsx)(M,{status:`error`,role:`alert`,"data-testid":`form-problem`,children:v})}),r.map(e=>{let t=ee[e.name];switch(e.kind){case`textarea`:return(0,$.jsx)(Pe,{labelText:e.label,value:D(h[e.name]),onChange:t=>A(e.name,t.target.value),status:t?`error`:`default`,statusText:t,fullWidth:!0},e.name);case`checkbox`:return(0,$.jsxs)(`label`,{className:`checkbox`,children:[(0,$.jsx)(`input`,{type:`checkbox`,checked:h[e.name]===!0,onChange:t=>A(e.name,t.target.checked)}),` `,e.label]},e.name);case`choices`:{let t=new Set(D(h[e.name]).split(`,`).filter(Boolean)),n=(n,r)=>{let i=new Set(t);r?i.add(n):i.delete(n),A(e.name,(e.options??[]).map(e=>e.value).filter(e=>i.has(e)).join(`,`))};return(0,$.jsxs)(`fieldset`,{className:`field choices`,"data-testid":`field-${e.name}`,children:[(0,$.jsx)(`legend`,{children:e.label}),(e.options??[]).map(e=>(0,$.jsxs)(`label`,{className:`checkbox`,children:[(0,$.jsx)(`input`,{type:`checkbox`,checked:t.has(e.value),onChange:t=>n(e.value,t.target.checked)}),` `,e.label]},e.value))]},e.name)}case`area`:case`areas`:return(0,$.jsx)(fe,{id:`${f}-${e.name}`,label:e.label,lang:n,multiple:e.kind===`areas`,value:Y(D(h[e.name])),onChange:t=>A(e.name,de(t)),testId:`field-${e.name}`},e.name);case`date`:case`select`:{let n=`${f}-${e.name}`;return(0,$.jsxs)(`div`,{className:`field`,children:[(0,$.jsx)(`label`,{htmlFor:n,children:e.label}),e.kind===`date`?(0,$.jsx)(`input`,{id:n,type:`date`,value:D(h[e.name]),onChange:t=>A(e.name,t.target.value),"aria-invalid":!!t,"aria-describedby":t?`${n}-error`:void 0}):(0,$.jsx)(`select`,{id:n,value:D(h[e.name]),onChange:t=>A(e.name,t.target.value),children:(e.options??[]).map(e=>(0,$.jsx)(`option`,{value:e.value,children:e.label},e.value))}),t&&(0,$.jsx)(`span`,{className:`field-error`,id:`${n}-error`,role:`alert`,children:t})]},e.name)}default:return(0,$.jsx)(N,{labelText:e.rule?.required?`${e.label} (${o[n].required})`:e.label,value:D(h[e.name]),onChange:t=>A(e.name,String(t??``)),required:e.rule?.required,status:t?`error`:`default`,statusText:t,type:e.kind===`email`||e.kind===`url`||e.kind===`tel`||e.kind===`number`?e.kind:`text`,"data-testid":`field-${e.name}`,fullWidth:!0},e.name)}}),(0,$.jsxs)(`div`,{className:`actions`,children:[(0,$.jsx)(s,{type:`submit`,disabled:ne,"data-testid":`save`,children:l.save}),(0,$.jsx)(s,{variant:`secondary`,type:`button`,onClick:()=>c(!1),children:l.cancel})]})]})}function Ve({id:e,lang:t,onDone:n}){let i=T[t],a=r[t],o=C(),[,s]=w(j),{me:c}=k(),l=[{name:`nameFi`,label:i.nameFi,rule:{required:!0,max:300}},{name:`nameSv`,label:i.nameSv,rule:{max:300}},{name:`nameEn`,label:i.nameEn,rule:{max:300}},{name:`shortName`,label:i.shortName,rule:{max:60}},{name:`email`,label:i.email,rule:{max:254,kind:`email`},kind:`email`},{name:`phone`,label:i.phone,rule:{max:40},kind:`tel`},{name:`website`,label:i.website,rule:{max:500,kind:`url`},kind:`url`},{name:`address`,label:i.address,rule:{max:300}},{name:`addressConfidential`,label:i.addressConfidential,kind:`checkbox`},{name:`description`,label:i.description,rule:{max:5e3},kind:`textarea`},{name:`services`,label:a.services,kind:`choices`,options:v.map(e=>({value:e,label:h(t,e)}))},{name:`homeArea`,label:a.homeArea,kind:`area`},{name:`operatingAreas`,label:a.operatingAreas,kind:`areas`},...c?.role===`ADMIN`?[{name:`businessID`,label:i.businessID,rule:{kind:`businessID`}}]:[]];return(0,$.jsx)(Be,{title:i.editOrganization,testId:`edit-organization`,lang:t,fields:l,load:async()=>{let t=(await o.query(O,{id:e},{requestPolicy:`network-only`}).toPromise()).data?.node;return!t||!(`version`in t)?null:{version:t.version,values:He(t,l)}},save:async(t,n)=>(await s({id:e,version:n,input:t})).error,onDone:n})}function He(e,t){let n={};for(let r of t){let t=e[r.name];n[r.name]=r.kind===`checkbox`?t===!0:r.kind===`area`||r.kind===`areas`?de(t):r.kind===`choices`?(r.options??[]).map(e=>e.value).filter(e=>Array.isArray(t)&&t.includes(e)).join(`,`):t==null?``:String(t)}return n}function Ue({id:e,lang:t,onDone:n}){let i=T[t],a=C(),[,o]=w(A),s=[{name:`nameFi`,label:i.nameFi,rule:{required:!0,max:300}},{name:`nameSv`,label:i.nameSv,rule:{max:300}},{name:`nameEn`,label:i.nameEn,rule:{max:300}},{name:`shortName`,label:i.shortName,rule:{max:60}},{name:`website`,label:i.website,rule:{max:500,kind:`url`},kind:`url`},{name:`meetingsPerYear`,label:i.meetingsPerYear,kind:`number`},{name:`startedOn`,label:i.startedOn,kind:`date`},{name:`endedOn`,label:i.endedOn,kind:`date`},{name:`status`,label:i.networkStatus,kind:`select`,options:[`ACTIVE`,`DORMANT`,`ENDED`].map(e=>({value:e,label:b(t,e)}))},{name:`description`,label:i.description,rule:{max:5e3},kind:`textarea`},{name:`areas`,label:r[t].areas,kind:`areas`}];return(0,$.jsx)(Be,{title:i.editNetwork,testId:`edit-network`,lang:t,fields:s,load:async()=>{let t=(await a.query(E,{id:e},{requestPolicy:`network-only`}).toPromise()).data?.node;if(!t||!(`version`in t))return null;let n=He(t,s);return{version:t.version,values:n}},save:async(t,n)=>(await o({id:e,version:n,input:t})).error,onDone:n})}var We={fi:{CREATE:`Lisätty`,UPDATE:`Muutettu`,DELETE:`Poistettu`},sv:{CREATE:`Tillagd`,UPDATE:`Ändrad`,DELETE:`Borttagen`},en:{CREATE:`Added`,UPDATE:`Changed`,DELETE:`Removed`}};function Ge(e){if(!e||e===`null`)return`–`;try{let t=JSON.parse(e);return Array.isArray(t)?t.join(`, `):String(t)}catch{return e}}function Ke({id:e,lang:t,version:n}){let r=T[t],[i,a]=S({query:D,variables:{id:e},requestPolicy:`network-only`}),o=(0,X.useRef)(n);(0,X.useEffect)(()=>{n!==o.current&&(o.current=n,a({requestPolicy:`network-only`}))},[n,a]);let s=i.data?.changes.edges?.flatMap(e=>e?.node?[e.node]:[])??null;if(!s)return null;let c=e=>pe(t,e);return(0,$.jsxs)(`section`,{className:`history`,"data-testid":`history`,children:[(0,$.jsx)(u,{variant:`h3`,children:r.history}),s.length===0?(0,$.jsx)(`p`,{children:r.noHistory}):(0,$.jsx)(`ol`,{children:s.map(e=>(0,$.jsxs)(`li`,{children:[(0,$.jsxs)(`span`,{className:`role`,children:[c(e.at),` · `,We[t][e.operation]??e.operation,` · `,r.by,` `,p(t,e.actorRole)]}),(0,$.jsx)(`ul`,{children:e.fields.map(e=>(0,$.jsxs)(`li`,{children:[e.field,`: `,Ge(e.before),` → `,Ge(e.after)]},e.field))})]},e.id))})]})}function qe(e,t,n=[]){let r=t.getFullYear(),i=e=>e>=r?t.toISOString().slice(0,10):`${e}-12-31`,a=e.filter(e=>e.status===`ACTIVE`||e.status===`ENDED`),o=a.flatMap(e=>e.startDate?[Number(e.startDate.slice(0,4))]:[]),s=o.length?Math.min(...o,r):r,c=[];for(let e=s;e<=r;e++)c.push(e);return{years:c,series:[...new Set(a.map(e=>e.group))].sort((e,t)=>{let r=n.indexOf(e),i=n.indexOf(t);return(r<0?1/0:r)-(i<0?1/0:i)||e.localeCompare(t)}).map(e=>[e,c.map(t=>{let n=i(t);return a.filter(i=>i.group===e?i.startDate?i.startDate<=n&&(i.endDate?i.endDate>=n:i.status===`ACTIVE`||t<r):t===r&&i.status===`ACTIVE`:!1).length})]),undated:a.filter(e=>!e.startDate).length}}var Je={fi:{members:`Jäsenet vuosittain`,memberships:`Jäsenyydet vuosittain`,year:`Vuosi`,total:`Yhteensä`,table:`Luvut taulukkona`,undated:`{n, plural, one {# jäsenyys ilman alkupäivää on laskettu vain tälle vuodelle.} other {# jäsenyyttä ilman alkupäivää on laskettu vain tälle vuodelle.}}`,all:`Jäsenyydet`},sv:{members:`Medlemmar per år`,memberships:`Medlemskap per år`,year:`År`,total:`Totalt`,table:`Siffrorna som tabell`,undated:`{n, plural, one {# medlemskap utan startdatum räknas bara för i år.} other {# medlemskap utan startdatum räknas bara för i år.}}`,all:`Medlemskap`},en:{members:`Members by year`,memberships:`Memberships by year`,year:`Year`,total:`Total`,table:`The figures as a table`,undated:`{n, plural, one {# membership without a start date is counted for this year only.} other {# memberships without a start date are counted for this year only.}}`,all:`Memberships`}};function Ye({lang:e,memberships:t,bySector:n,today:r=new Date}){let i=Je[e],a=(0,X.useId)(),o=qe(t,r,Object.keys(Ce));if(o.series.length===0)return null;let s=o.years.map((e,t)=>o.series.reduce((e,[,n])=>e+n[t],0)),l=Math.max(1,...s),u=14+o.years.length*18,d=o.years.length,f=(e,t)=>t===0&&d>=4||t===d-1||e%5==0&&t>=2&&t<=d-3,p=t=>n?c[e][t]??t:i.all,m=e=>n?Ce[e]??`#7d8791`:we;return(0,$.jsxs)(`figure`,{className:`over-time`,"data-testid":`members-over-time`,"aria-labelledby":`${a}-caption`,children:[(0,$.jsx)(`figcaption`,{id:`${a}-caption`,children:n?i.members:i.memberships}),(0,$.jsxs)(`svg`,{width:u+30,height:96,"aria-hidden":`true`,focusable:`false`,children:[o.years.map((e,t)=>{let n=80;return(0,$.jsxs)(`g`,{children:[o.series.map(([e,r])=>{let i=r[t]/l*80;return n-=i,i>0?(0,$.jsx)(`rect`,{x:14+t*18,y:n,width:14,height:i,fill:m(e),stroke:`#ffffff`,strokeWidth:.5},e):null}),f(e,t)&&(0,$.jsx)(`text`,{x:14+t*18+7,y:92,fontSize:9,textAnchor:`middle`,fill:`#1f2a33`,children:e})]},e)}),(0,$.jsx)(`text`,{x:u+2,y:9,fontSize:9,fill:`#1f2a33`,children:l})]}),n&&(0,$.jsx)(`ul`,{className:`over-time-legend`,"aria-hidden":`true`,children:o.series.map(([e])=>(0,$.jsxs)(`li`,{children:[(0,$.jsx)(`span`,{className:`swatch`,style:{background:m(e)}}),` `,p(e)]},e))}),(0,$.jsxs)(`details`,{children:[(0,$.jsx)(`summary`,{children:i.table}),(0,$.jsx)(`div`,{className:`table-wrap`,children:(0,$.jsxs)(`table`,{className:`data`,children:[(0,$.jsx)(`thead`,{children:(0,$.jsxs)(`tr`,{children:[(0,$.jsx)(`th`,{scope:`col`,children:i.year}),o.series.map(([e])=>(0,$.jsx)(`th`,{scope:`col`,children:p(e)},e)),o.series.length>1&&(0,$.jsx)(`th`,{scope:`col`,children:i.total})]})}),(0,$.jsx)(`tbody`,{children:o.years.map((e,t)=>(0,$.jsxs)(`tr`,{children:[(0,$.jsx)(`th`,{scope:`row`,children:e}),o.series.map(([e,n])=>(0,$.jsx)(`td`,{children:n[t]},e)),o.series.length>1&&(0,$.jsx)(`td`,{children:s[t]})]},e))})]})})]}),o.undated>0&&(0,$.jsx)(`p`,{className:`hint`,children:he(e,i.undated,{n:o.undated})})]})}function Xe({id:e,lang:t,onClose:n,onSelect:a,onFullPage:o,full:l=!1}){let f=e=>r[t][e],p=T[t],v=k(),[re,x]=(0,X.useState)(!1),[C,E]=(0,X.useState)(null),[D,O]=(0,X.useState)(0),A=(0,X.useRef)(null),j=t=>{A.current=t??null,O(e=>e+1),t&&Se(t),be(`[data-testid=details][data-id="${e}"] h2`)},[M,N]=S({query:_,variables:{id:e}}),[,P]=w(ie),[,F]=w(ae);(0,X.useEffect)(()=>{D>0&&N({requestPolicy:`network-only`})},[D,N]);let I=M.data?.node,L=I&&(I.__typename===`Organization`||I.__typename===`Network`)?{status:`ready`,node:I}:M.fetching||!M.data&&!M.error?{status:`loading`}:M.error&&!M.data?.node?{status:M.error.graphQLErrors.some(e=>e.extensions?.code===`NOT_FOUND`)?`missing`:`error`}:{status:`missing`};(0,X.useEffect)(()=>{!M.fetching&&!M.stale&&M.data&&A.current&&(E(A.current),A.current=null)},[M.fetching,M.stale,M.data]),(0,X.useEffect)(()=>{x(!1),E(null)},[e]);let R=L.status===`ready`?d(L.node,t):null;if((0,X.useEffect)(()=>{R&&ye(R)},[R]),L.status===`loading`)return(0,$.jsx)(`p`,{children:f(`loading`)});if(L.status===`error`)return(0,$.jsx)(`p`,{role:`alert`,children:f(`loadError`)});if(L.status===`missing`)return(0,$.jsxs)(`div`,{children:[(0,$.jsx)(`p`,{role:`alert`,children:f(`notFound`)}),(0,$.jsx)(s,{variant:`secondary`,onClick:n,children:f(`close`)})]});if(L.status!==`ready`)return null;let z=L.node,B=z.__typename===`Network`,V=B?v.canCoordinate(z.id):v.canEditOrganization(z.id),oe=e=>V&&(v.me?.role===`ADMIN`||e.awaiting===(B?`NETWORK`:`ORGANIZATION`)),se=async()=>{(B?await P({id:z.id}):await F({id:z.id})).error?E(p.genericError):j(p.confirmed)};if(re){let e=e=>{x(!1),E(null),e?j(p.saved):be(`[data-testid=edit]`)};return B?(0,$.jsx)(Ue,{id:z.id,lang:t,onDone:e}):(0,$.jsx)(Ve,{id:z.id,lang:t,onDone:e})}let H=(z.memberships.edges??[]).flatMap(e=>e?.node?[e.node]:[]),U=e=>me(t,e),W=(e,n)=>(0,$.jsx)(`button`,{type:`button`,className:`link`,onClick:()=>a(e.id,n),lang:xe(t,ne(e,t)),children:d(e,t)}),G=e=>e.map((e,n)=>(0,$.jsxs)(`span`,{children:[n>0?`, `:``,(0,$.jsx)(g,{n:e,lang:t})]},e.id)),K=B?[[`networkKind`,i[t][z.kind??``]],[`themes`,(z.themes??[]).map(e=>y(t,e)).join(`, `)],[`level`,te(t,z.level)],[`status`,b(t,z.status)],[`areas`,(z.areas??[]).length?G(z.areas??[]):null],[`coordinator`,z.coordinator?W(z.coordinator,`Organization`):null],[`parentNetwork`,z.parent?W(z.parent,`Network`):null],[`meetings`,z.meetingsPerYear??null],[`started`,U(z.startedOn)],[`ended`,U(z.endedOn)]]:[[`sector`,c[t][z.sector??``]],[`services`,(z.services??[]).map(e=>h(t,e)).join(`, `)],[`homeArea`,z.homeArea?(0,$.jsx)(g,{n:z.homeArea,lang:t}):null],[`operatingAreas`,(z.operatingAreas??[]).length?G(z.operatingAreas??[]):null],[`parentOrg`,z.parent?W(z.parent,`Organization`):null],[`contact`,[z.email,z.phone,z.addressConfidential?f(`addressHidden`):z.address].filter(Boolean).join(` · `)]];K.push([`website`,z.website?(0,$.jsx)(`a`,{href:z.website,rel:`noopener noreferrer`,children:z.website}):null]),K.push([`lastConfirmed`,z.lastConfirmedAt?U(z.lastConfirmedAt):f(`notConfirmed`)]);let q=B?ee.map(e=>[e,H.filter(t=>t.organization?.sector===e)]).filter(([,e])=>e.length>0):[[``,H]];return(0,$.jsxs)(`article`,{"data-testid":`details`,"data-id":z.id,className:`details`,children:[(0,$.jsx)(`p`,{className:`kind`,children:f(B?`network`:`organization`)}),(0,$.jsxs)(u,{variant:`h2`,tabIndex:-1,children:[(0,$.jsx)(g,{n:z,lang:t}),z.shortName?` (${z.shortName})`:``]}),z.description&&(0,$.jsx)(`p`,{lang:xe(t,`fi`),children:z.description}),C&&(0,$.jsx)(`p`,{role:`status`,className:`notice`,"data-testid":`notice`,children:C}),V&&(0,$.jsxs)(`div`,{className:`actions no-print`,children:[(0,$.jsx)(s,{variant:`secondary`,onClick:()=>x(!0),"data-testid":`edit`,"aria-label":`${p.edit}: ${d(z,t)}`,children:p.edit}),(0,$.jsx)(s,{variant:`secondary`,onClick:se,"data-testid":`confirm`,children:p.stillAccurate})]}),(0,$.jsx)(`dl`,{className:`facts`,children:K.filter(([,e])=>e!==null&&e!==``&&e!==void 0).map(([e,t])=>(0,$.jsxs)(`div`,{children:[(0,$.jsx)(`dt`,{children:f(e)}),(0,$.jsx)(`dd`,{children:t})]},e))}),!B&&(z.units??[]).length>0&&(0,$.jsxs)($.Fragment,{children:[(0,$.jsx)(u,{variant:`h3`,children:f(`units`)}),(0,$.jsx)(`ul`,{children:(z.units??[]).map(e=>(0,$.jsx)(`li`,{children:W(e,`Organization`)},e.id))})]}),B&&(z.subgroups??[]).length>0&&(0,$.jsxs)($.Fragment,{children:[(0,$.jsx)(u,{variant:`h3`,children:f(`subgroups`)}),(0,$.jsx)(`ul`,{children:(z.subgroups??[]).map(e=>(0,$.jsx)(`li`,{children:W(e,`Network`)},e.id))})]}),(0,$.jsx)(u,{variant:`h3`,children:f(B?`members`:`memberships`)}),(0,$.jsx)(Ye,{lang:t,bySector:B,memberships:H.map(e=>({status:e.status,startDate:e.startDate,endDate:e.endDate,group:B?e.organization?.sector??``:``}))}),q.map(([e,n])=>(0,$.jsxs)(`section`,{className:`member-group`,children:[e&&(0,$.jsx)(`h4`,{children:c[t][e]}),(0,$.jsx)(`ul`,{className:`members`,children:n.map(e=>{let n=B?e.organization:e.network;return n?(0,$.jsxs)(`li`,{children:[W(n,B?`Organization`:`Network`),` `,(0,$.jsxs)(`span`,{className:`role`,children:[m(t,e.role),e.status===`ACTIVE`?``:` (${b(t,e.status)})`]}),e.representative?(0,$.jsxs)(`span`,{className:`rep`,children:[` · `,(0,$.jsx)(`span`,{lang:xe(t,`fi`),children:e.representative})]}):null,(e.startDate||e.endDate)&&(0,$.jsxs)(`span`,{className:`rep`,children:[` `,`· `,U(e.startDate),`–`,U(e.endDate)]}),e.status===`PENDING`&&e.requestedBy===`NETWORK`&&(0,$.jsxs)(`span`,{className:`rep`,children:[` · `,p.invitation]}),e.status===`PENDING`&&oe(e)&&(0,$.jsx)(ge,{id:e.id,version:e.version,lang:t,subject:d(n,t),onDone:j}),e.status===`PENDING`&&V&&!oe(e)&&(0,$.jsx)(`div`,{className:`rep`,"data-testid":`awaiting`,children:e.awaiting===`ORGANIZATION`?p.awaitingOrganization:p.awaitingNetwork}),e.status===`ACTIVE`&&V&&(0,$.jsx)(_e,{id:e.id,version:e.version,lang:t,leave:!B,subject:d(n,t),onDone:j}),e.illustrative?(0,$.jsxs)(`div`,{className:`source`,"data-testid":`source`,children:[f(`source`),`: `,f(`illustrative`)]}):e.source&&(0,$.jsxs)(`div`,{className:`source`,"data-testid":`source`,children:[f(`source`),`: `,(0,$.jsx)(`span`,{lang:xe(t,`fi`),children:e.source})]})]},e.id):null})})]},e)),!B&&V&&(0,$.jsx)(ve,{organizationID:z.id,lang:t,onDone:()=>j()}),!l&&o&&(0,$.jsx)(`p`,{className:`no-print`,children:(0,$.jsx)(`a`,{href:`/${B?`networks`:`organizations`}/${z.id}?full=1`,onClick:e=>{e.preventDefault(),o()},"data-testid":`full-page`,children:f(`openFullPage`)})}),v.me&&(0,$.jsx)(Ke,{id:z.id,lang:t,version:z.version+D}),(0,$.jsx)(s,{variant:`secondary`,onClick:n,className:`no-print`,children:f(l?`backToMap`:`close`)})]})}export{Xe as default};