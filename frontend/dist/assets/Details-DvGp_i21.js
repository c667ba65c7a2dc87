import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{n as t,t as n}from"./jsx-runtime-CkXRJ162.js";import{g as r,m as i,n as a,p as o,t as s,v as c}from"./Button-Dnv4JgJG.js";import{O as l,S as u,_ as d,b as f,c as p,d as m,f as h,g,h as _,l as v,m as y,p as b,s as x,u as ee,v as te,x as S,y as C}from"./index-B-_006bl.js";import{i as w,n as T,r as E}from"./urql.es-BXY5_n1f.js";import{t as D}from"./editMessages-BnTWR8Xg.js";import{a as ne,f as O,l as k,m as A,n as re,o as ie,v as j,y as M}from"./session-DPvx_V71.js";import{t as N}from"./InlineAlert-DBk2RjmV.js";import{t as P}from"./TextInput-DECpSBve.js";import{C as F,S as I,_ as L,a as R,b as z,d as B,f as V,l as H,m as ae,n as oe,o as U,p as W,s as G,t as K,u as q,v as J,y as se}from"./spacing-DMqK3re3.js";import{r as ce,t as le}from"./HtmlDiv-E64ge0mq.js";import{t as ue}from"./errors-qDiLbysj.js";import{n as de,r as Y,t as fe}from"./AreaPicker-kvVoBP1A.js";import{a as pe,i as me,r as he}from"./format-D8CFSryP.js";import{n as ge,r as _e,t as ve}from"./Memberships-3lIMl0jT.js";import{i as ye,n as be,r as xe,t as Se}from"./a11y-M_uwD78y.js";import{l as Ce,r as we}from"./colors-B7hWL8T9.js";var X=e(t()),Te=J(De||=I([`
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
`]),q.normalize.html,q.normalize.textarea,H([`::-webkit-input-placeholder`]),q.common),Ee=se(function(e){var t=e.forwardedRef,n=F(e,[`forwardedRef`]);return X.createElement(`textarea`,z({},n,{ref:t}))}).withConfig({componentId:`sc-vdx405-0`})(Oe||=I([`
  `,`
`],[`
  `,`
`]),Te),De,Oe,ke=function(e,t,n){return J(Ae||=I([`
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
`]),R(e),G(e)(`bodyText`),K(t),K(n,!0),U(),e.colors.blackBase,G(e)(`bodyTextSmall`),e.colors.blackBase,e.spacing.xxs,e.colors.alertBase,G(e)(`bodySemiBoldSmall`),e.spacing.xxs,e.focuses.highContrastFocus,e.focuses.absoluteFocus,e.spacing.xs,e.spacing.xs,e.colors.depthDark3,e.shadows.actionElementBoxShadow,e.typography.bodyTextSmall,e.colors.whiteBase,e.colors.depthDark2,e.colors.depthBase,e.colors.depthLight3,e.colors.alertBase)},Ae,je=e(L()),Z=`fi-textarea`,Q={fullWidth:`${Z}--full-width`,textareaContainer:`${Z}_textarea-element-container`,textarea:`${Z}_textarea`,resizeHorizontal:`${Z}_textarea-resize--horizontal`,resizeBoth:`${Z}_textarea-resize--both`,resizeNone:`${Z}_textarea-resize--none`,disabled:`${Z}--disabled`,error:`${Z}--error`,statusTextHasContent:`${Z}_statusText--has-content`,bottomWrapper:`${Z}_bottom-wrapper`,characterCounter:`${Z}_character-counter`,characterCounterError:`${Z}_character-counter--error`},Me=function(e){var t,n,r,i,o=e.id,s=e.className,c=e.disabled,l=c!==void 0&&c,d=e.children,p=e.onClick,m=e.onChange,h=e.labelMode,g=e.labelText,_=e.hintText,v=e.status,y=e.statusText,b=e.visualPlaceholder,x=e.resize,ee=e.optionalText,S=e[`aria-describedby`],w=e.fullWidth,T=e.style,E=e.forwardedRef,D=e.statusTextAriaLiveMode,ne=D===void 0?`assertive`:D,O=e.tooltipComponent,k=e.characterLimit,A=e.ariaCharactersRemainingText,re=e.ariaCharactersExceededText,ie=F(e,[`id`,`className`,`disabled`,`children`,`onClick`,`onChange`,`labelMode`,`labelText`,`hintText`,`status`,`statusText`,`visualPlaceholder`,`resize`,`optionalText`,`aria-describedby`,`fullWidth`,`style`,`forwardedRef`,`statusTextAriaLiveMode`,`tooltipComponent`,`characterLimit`,`ariaCharactersRemainingText`,`ariaCharactersExceededText`]),j=oe(ie)[1],M=(0,X.useState)(0),N=M[0],P=M[1],I=(0,X.useState)(``),L=I[0],R=I[1],B=(0,X.useState)(null),V=B[0],H=B[1],U=(0,X.useState)(!1),W=U[0],G=U[1];(0,X.useEffect)(function(){return G(!0),function(){G(!1)}},[]);var K=(0,X.useRef)(null),q=l?{}:{onMouseDown:p},J=y?`${o}-statusText`:void 0,se=_?`${o}-hintText`:void 0;(0,X.useEffect)(function(){k!==void 0&&K.current?.value.length&&P(K.current?.value.length)},[]);var ce=function(e){if(V&&clearTimeout(V),k!==void 0&&A&&re){var t=e.target.value.length;P(t),H(setTimeout(function(){W&&R(t<=k?A(k-t):re(t-k))},1500))}m&&m(e)},ue=E||null;return X.createElement(le,{className:(0,je.default)(Z,s,(t={},t[Q.disabled]=!!l,t[Q.error]=v===`error`&&!l,t[Q.fullWidth]=w,t)),style:T},X.createElement(f,{htmlFor:o,labelMode:h,optionalText:ee,tooltipComponent:O},g),X.createElement(te,{id:se},_),X.createElement(le,{className:Q.textareaContainer},X.createElement(Ee,z({id:o,className:(0,je.default)(Q.textarea,(n={},n[Q.resizeBoth]=x===`both`,n[Q.resizeHorizontal]=x===`horizontal`,n[Q.resizeNone]=x===`none`,n)),disabled:l,defaultValue:d,forwardedRef:ae(K,ue),placeholder:b,"aria-invalid":v===`error`},u(`aria-describedby`,[J,se,S]),{onChange:ce},j,q))),X.createElement(le,{className:Q.bottomWrapper},X.createElement(C,{id:J,className:(0,je.default)((r={},r[Q.statusTextHasContent]=!!y,r)),status:v,disabled:l,ariaLiveMode:ne},k&&X.createElement(a,null,L),y),k&&X.createElement(le,{className:(0,je.default)(Q.characterCounter,(i={},i[Q.characterCounterError]=N>k,i))},`${N}/${k}`)))},Ne=se(function(e){e.theme,e.globalMargins;var t=F(e,[`theme`,`globalMargins`]);return X.createElement(Me,z({},t))}).withConfig({componentId:`sc-fz1c6p-0`})(Fe||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=F(e,[`theme`,`globalMargins`]),i=oe(r)[0];return ke(t,W(n.textarea,i),i)}),Pe=(0,X.forwardRef)(function(e,t){var n=e.id,r=F(e,[`id`]);return X.createElement(B,null,function(e){var i=e.margins;return X.createElement(V,null,function(e){var a=e.suomifiTheme;return X.createElement(ce,{id:n},function(e){return X.createElement(Ne,z({theme:a,id:e,globalMargins:i,forwardedRef:t},r))})})})});Pe.displayName=`Textarea`;var Fe,Ie={fi:{required:`Pakollinen tieto.`,tooLong:`Enintään {n} merkkiä.`,email:`Anna sähköpostiosoite muodossa nimi@esimerkki.fi.`,url:`Anna osoite muodossa https://esimerkki.fi.`,businessID:`Tarkista Y-tunnus (muoto 1234567-8, tarkiste ei täsmää).`,server:`Virheellinen arvo`},sv:{required:`Obligatorisk uppgift.`,tooLong:`Högst {n} tecken.`,email:`Ange e-postadressen i formen namn@exempel.fi.`,url:`Ange adressen i formen https://exempel.fi.`,businessID:`Kontrollera FO-numret (formen 1234567-8, kontrollsiffran stämmer inte).`,server:`Ogiltigt värde`},en:{required:`Required.`,tooLong:`At most {n} characters.`,email:`Give an email address like name@example.fi.`,url:`Give an address like https://example.fi.`,businessID:`Check the business ID (form 1234567-8; the check digit does not match).`,server:`Invalid value`}};function Le(e,t){return/too long/.test(t)?Ie[e].tooLong.replace(`{n}`,`…`):/required|empty/.test(t)?Ie[e].required:`${Ie[e].server}.`}function Re(e){if(!/^\d{7}-\d$/.test(e))return!1;let t=[7,9,10,5,8,4,2].reduce((t,n,r)=>t+n*Number(e[r]),0)%11;return t!==1&&(t===0?0:11-t)===Number(e[8])}function ze(e,t,n){let r=Ie[e],i=t.trim();return i?n.max&&[...i].length>n.max?r.tooLong.replace(`{n}`,String(n.max)):n.kind===`email`&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(i)?r.email:n.kind===`url`&&!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(i)?r.url:n.kind===`businessID`&&!Re(i)?r.businessID:null:n.required?r.required:null}var $=n();function Be({title:e,testId:t,lang:n,fields:r,load:i,save:a,onDone:c}){let l=D[n],u=(0,X.useId)(),[d,f]=(0,X.useState)(null),[p,m]=(0,X.useState)(null),[h,_]=(0,X.useState)({}),[v,y]=(0,X.useState)(null),[b,x]=(0,X.useState)(null),[ee,te]=(0,X.useState)(!1),C=re(),w=o[n],T=(0,X.useRef)(null),E=(0,X.useRef)(null),ne=(0,X.useRef)(null);(0,X.useEffect)(()=>{i().then(e=>{f(e),e&&m(e.values)})},[]);let O=d!==null;if((0,X.useEffect)(()=>{O&&T.current?.querySelector(`h3`)?.focus()},[O]),(0,X.useEffect)(()=>{b&&E.current?.focus()},[b]),(0,X.useEffect)(()=>{v&&ne.current?.focus()},[v]),!d||!p)return(0,$.jsx)(`p`,{children:`…`});let k=e=>typeof e==`string`?e:``,A=(e,t)=>e.kind===`checkbox`?t?`✓`:`–`:e.kind===`select`?e.options?.find(e=>e.value===t)?.label??`–`:e.kind===`choices`?k(t).split(`,`).filter(Boolean).map(t=>e.options?.find(e=>e.value===t)?.label??t).join(`, `)||`–`:e.kind===`area`||e.kind===`areas`?Y(k(t)).map(e=>g(e,n)).join(`, `)||`–`:k(t)||`–`,ie=async()=>{let e={};for(let t of r){let r=t.rule&&t.kind!==`checkbox`&&t.kind!==`choices`&&t.kind!==`area`&&t.kind!==`areas`?ze(n,k(p[t.name]),t.rule):null;r&&(e[t.name]=r)}if(_(e),Object.keys(e).length>0){y(l.fixErrors);return}let t={};for(let e of r){let n=p[e.name];if(n===d.values[e.name])continue;let r=e.name[0].toUpperCase()+e.name.slice(1);if(e.kind===`choices`){let i=k(n).split(`,`).filter(Boolean);i.length>0?t[e.name]=i:t[`clear${r}`]=!0}else if(e.kind===`area`){let[i]=Y(k(n));i?t[`${e.name}ID`]=i.id:t[`clear${r}`]=!0}else if(e.kind===`areas`){let i=new Set(Y(k(d.values[e.name])).map(e=>e.id)),a=new Set(Y(k(n)).map(e=>e.id)),o=r.replace(/s$/,``),s=[...a].filter(e=>!i.has(e)),c=[...i].filter(e=>!a.has(e));s.length&&(t[`add${o}IDs`]=s),c.length&&(t[`remove${o}IDs`]=c)}else typeof n==`boolean`?t[e.name]=n:n.trim()===``&&!e.rule?.required?t[`clear${e.name[0].toUpperCase()}${e.name.slice(1)}`]=!0:t[e.name]=e.kind===`number`?Number(n):n.trim()}te(!0);let o=ue(await a(t,d.version));if(te(!1),!o)c(!0);else if(o.code===`CONFLICT`){let e=await i();if(e){let t={...e.values};for(let e of r)p[e.name]!==d.values[e.name]&&(t[e.name]=p[e.name]);x(r.filter(t=>e.values[t.name]!==d.values[t.name]).map(t=>({field:t,now:A(t,e.values[t.name])}))),m(t),f(e)}y(null)}else Object.keys(o.fields).length>0?(_(Object.fromEntries(Object.entries(o.fields).map(([e,t])=>[e,Le(n,t)]))),y(l.fixErrors)):o.reason===`SESSION_EXPIRED`||o.code===`UNAUTHENTICATED`&&C.me?(C.markExpired(),y(`${w.sessionEnded}. ${w.sessionEndedText}`)):y(o.code===`FORBIDDEN`||o.code===`UNAUTHENTICATED`?l.forbidden:l.genericError)},j=(e,t)=>m({...p,[e]:t});return(0,$.jsxs)(`form`,{className:`edit-form`,"data-testid":t,noValidate:!0,onSubmit:e=>{e.preventDefault(),ie()},children:[(0,$.jsx)(`div`,{ref:T,children:(0,$.jsx)(S,{variant:`h3`,tabIndex:-1,children:e})}),r.some(e=>e.rule?.required)&&(0,$.jsx)(`p`,{className:`hint`,children:w.requiredNote}),b&&(0,$.jsx)(`div`,{ref:E,tabIndex:-1,role:`alert`,className:`alert-box`,children:(0,$.jsxs)(N,{status:`warning`,labelText:l.conflictTitle,"data-testid":`conflict`,children:[(0,$.jsx)(`p`,{children:l.conflictText}),b.length>0&&(0,$.jsxs)(`p`,{children:[l.currentValues,`:`]}),(0,$.jsx)(`dl`,{className:`facts`,children:b.map(({field:e,now:t})=>(0,$.jsxs)(`div`,{children:[(0,$.jsx)(`dt`,{children:e.label}),(0,$.jsx)(`dd`,{children:t})]},e.name))})]})}),v&&(0,$.jsx)(`div`,{ref:ne,tabIndex:-1,className:`alert-box`,children:(0,$.jsx)(N,{status:`error`,role:`alert`,"data-testid":`form-problem`,children:v})}),r.map(e=>{let t=h[e.name];switch(e.kind){case`textarea`:return(0,$.jsx)(Pe,{labelText:e.label,value:k(p[e.name]),onChange:t=>j(e.name,t.target.value),status:t?`error`:`default`,statusText:t,fullWidth:!0},e.name);case`checkbox`:return(0,$.jsxs)(`label`,{className:`checkbox`,children:[(0,$.jsx)(`input`,{type:`checkbox`,checked:p[e.name]===!0,onChange:t=>j(e.name,t.target.checked)}),` `,e.label]},e.name);case`choices`:{let t=new Set(k(p[e.name]).split(`,`).filter(Boolean)),n=(n,r)=>{let i=new Set(t);r?i.add(n):i.delete(n),j(e.name,(e.options??[]).map(e=>e.value).filter(e=>i.has(e)).join(`,`))};return(0,$.jsxs)(`fieldset`,{className:`field choices`,"data-testid":`field-${e.name}`,children:[(0,$.jsx)(`legend`,{children:e.label}),(e.options??[]).map(e=>(0,$.jsxs)(`label`,{className:`checkbox`,children:[(0,$.jsx)(`input`,{type:`checkbox`,checked:t.has(e.value),onChange:t=>n(e.value,t.target.checked)}),` `,e.label]},e.value))]},e.name)}case`area`:case`areas`:return(0,$.jsx)(fe,{id:`${u}-${e.name}`,label:e.label,lang:n,multiple:e.kind===`areas`,value:Y(k(p[e.name])),onChange:t=>j(e.name,de(t)),testId:`field-${e.name}`},e.name);case`date`:case`select`:{let n=`${u}-${e.name}`;return(0,$.jsxs)(`div`,{className:`field`,children:[(0,$.jsx)(`label`,{htmlFor:n,children:e.label}),e.kind===`date`?(0,$.jsx)(`input`,{id:n,type:`date`,value:k(p[e.name]),onChange:t=>j(e.name,t.target.value),"aria-invalid":!!t,"aria-describedby":t?`${n}-error`:void 0}):(0,$.jsx)(`select`,{id:n,value:k(p[e.name]),onChange:t=>j(e.name,t.target.value),children:(e.options??[]).map(e=>(0,$.jsx)(`option`,{value:e.value,children:e.label},e.value))}),t&&(0,$.jsx)(`span`,{className:`field-error`,id:`${n}-error`,role:`alert`,children:t})]},e.name)}default:return(0,$.jsx)(P,{labelText:e.rule?.required?`${e.label} (${o[n].required})`:e.label,value:k(p[e.name]),onChange:t=>j(e.name,String(t??``)),required:e.rule?.required,status:t?`error`:`default`,statusText:t,type:e.kind===`email`||e.kind===`url`||e.kind===`tel`||e.kind===`number`?e.kind:`text`,"data-testid":`field-${e.name}`,fullWidth:!0},e.name)}}),(0,$.jsxs)(`div`,{className:`actions`,children:[(0,$.jsx)(s,{type:`submit`,disabled:ee,"data-testid":`save`,children:l.save}),(0,$.jsx)(s,{variant:`secondary`,type:`button`,onClick:()=>c(!1),children:l.cancel})]})]})}function Ve({id:e,lang:t,onDone:n}){let i=D[t],a=r[t],o=T(),[,s]=E(M),{me:c}=re(),l=[{name:`nameFi`,label:i.nameFi,rule:{required:!0,max:300}},{name:`nameSv`,label:i.nameSv,rule:{max:300}},{name:`nameEn`,label:i.nameEn,rule:{max:300}},{name:`shortName`,label:i.shortName,rule:{max:60}},{name:`email`,label:i.email,rule:{max:254,kind:`email`},kind:`email`},{name:`phone`,label:i.phone,rule:{max:40},kind:`tel`},{name:`website`,label:i.website,rule:{max:500,kind:`url`},kind:`url`},{name:`address`,label:i.address,rule:{max:300}},{name:`addressConfidential`,label:i.addressConfidential,kind:`checkbox`},{name:`description`,label:i.description,rule:{max:5e3},kind:`textarea`},{name:`services`,label:a.services,kind:`choices`,options:p.map(e=>({value:e,label:m(t,e)}))},{name:`homeArea`,label:a.homeArea,kind:`area`},{name:`operatingAreas`,label:a.operatingAreas,kind:`areas`},...c?.role===`ADMIN`?[{name:`businessID`,label:i.businessID,rule:{kind:`businessID`}}]:[]];return(0,$.jsx)(Be,{title:i.editOrganization,testId:`edit-organization`,lang:t,fields:l,load:async()=>{let t=(await o.query(A,{id:e},{requestPolicy:`network-only`}).toPromise()).data?.node;return!t||!(`version`in t)?null:{version:t.version,values:He(t,l)}},save:async(t,n)=>(await s({id:e,version:n,input:t})).error,onDone:n})}function He(e,t){let n={};for(let r of t){let t=e[r.name];n[r.name]=r.kind===`checkbox`?t===!0:r.kind===`area`||r.kind===`areas`?de(t):r.kind===`choices`?(r.options??[]).map(e=>e.value).filter(e=>Array.isArray(t)&&t.includes(e)).join(`,`):t==null?``:String(t)}return n}function Ue({id:e,lang:t,onDone:n}){let i=D[t],a=T(),[,o]=E(j),s=[{name:`nameFi`,label:i.nameFi,rule:{required:!0,max:300}},{name:`nameSv`,label:i.nameSv,rule:{max:300}},{name:`nameEn`,label:i.nameEn,rule:{max:300}},{name:`shortName`,label:i.shortName,rule:{max:60}},{name:`website`,label:i.website,rule:{max:500,kind:`url`},kind:`url`},{name:`meetingsPerYear`,label:i.meetingsPerYear,kind:`number`},{name:`startedOn`,label:i.startedOn,kind:`date`},{name:`endedOn`,label:i.endedOn,kind:`date`},{name:`status`,label:i.networkStatus,kind:`select`,options:[`ACTIVE`,`DORMANT`,`ENDED`].map(e=>({value:e,label:h(t,e)}))},{name:`description`,label:i.description,rule:{max:5e3},kind:`textarea`},{name:`areas`,label:r[t].areas,kind:`areas`}];return(0,$.jsx)(Be,{title:i.editNetwork,testId:`edit-network`,lang:t,fields:s,load:async()=>{let t=(await a.query(O,{id:e},{requestPolicy:`network-only`}).toPromise()).data?.node;if(!t||!(`version`in t))return null;let n=He(t,s);return{version:t.version,values:n}},save:async(t,n)=>(await o({id:e,version:n,input:t})).error,onDone:n})}var We={fi:{CREATE:`Lisätty`,UPDATE:`Muutettu`,DELETE:`Poistettu`},sv:{CREATE:`Tillagd`,UPDATE:`Ändrad`,DELETE:`Borttagen`},en:{CREATE:`Added`,UPDATE:`Changed`,DELETE:`Removed`}};function Ge(e){if(!e||e===`null`)return`–`;try{let t=JSON.parse(e);return Array.isArray(t)?t.join(`, `):String(t)}catch{return e}}function Ke({id:e,lang:t,version:n}){let r=D[t],[i,a]=w({query:k,variables:{id:e},requestPolicy:`network-only`}),o=(0,X.useRef)(n);(0,X.useEffect)(()=>{n!==o.current&&(o.current=n,a({requestPolicy:`network-only`}))},[n,a]);let s=i.data?.changes.edges?.flatMap(e=>e?.node?[e.node]:[])??null;if(!s)return null;let c=e=>pe(t,e);return(0,$.jsxs)(`section`,{className:`history`,"data-testid":`history`,children:[(0,$.jsx)(S,{variant:`h3`,children:r.history}),s.length===0?(0,$.jsx)(`p`,{children:r.noHistory}):(0,$.jsx)(`ol`,{children:s.map(e=>(0,$.jsxs)(`li`,{children:[(0,$.jsxs)(`span`,{className:`role`,children:[c(e.at),` · `,We[t][e.operation]??e.operation,` · `,r.by,` `,x(t,e.actorRole)]}),(0,$.jsx)(`ul`,{children:e.fields.map(e=>(0,$.jsxs)(`li`,{children:[e.field,`: `,Ge(e.before),` → `,Ge(e.after)]},e.field))})]},e.id))})]})}function qe(e,t,n=[]){let r=t.getFullYear(),i=e=>e>=r?t.toISOString().slice(0,10):`${e}-12-31`,a=e.filter(e=>e.status===`ACTIVE`||e.status===`ENDED`),o=a.flatMap(e=>e.startDate?[Number(e.startDate.slice(0,4))]:[]),s=o.length?Math.min(...o,r):r,c=[];for(let e=s;e<=r;e++)c.push(e);return{years:c,series:[...new Set(a.map(e=>e.group))].sort((e,t)=>{let r=n.indexOf(e),i=n.indexOf(t);return(r<0?1/0:r)-(i<0?1/0:i)||e.localeCompare(t)}).map(e=>[e,c.map(t=>{let n=i(t);return a.filter(i=>i.group===e?i.startDate?i.startDate<=n&&(i.endDate?i.endDate>=n:i.status===`ACTIVE`||t<r):t===r&&i.status===`ACTIVE`:!1).length})]),undated:a.filter(e=>!e.startDate).length}}var Je={fi:{members:`Jäsenet vuosittain`,memberships:`Jäsenyydet vuosittain`,year:`Vuosi`,total:`Yhteensä`,table:`Luvut taulukkona`,undated:`{n, plural, one {# jäsenyys ilman alkupäivää on laskettu vain tälle vuodelle.} other {# jäsenyyttä ilman alkupäivää on laskettu vain tälle vuodelle.}}`,all:`Jäsenyydet`},sv:{members:`Medlemmar per år`,memberships:`Medlemskap per år`,year:`År`,total:`Totalt`,table:`Siffrorna som tabell`,undated:`{n, plural, one {# medlemskap utan startdatum räknas bara för i år.} other {# medlemskap utan startdatum räknas bara för i år.}}`,all:`Medlemskap`},en:{members:`Members by year`,memberships:`Memberships by year`,year:`Year`,total:`Total`,table:`The figures as a table`,undated:`{n, plural, one {# membership without a start date is counted for this year only.} other {# memberships without a start date are counted for this year only.}}`,all:`Memberships`}};function Ye({lang:e,memberships:t,bySector:n,today:r=new Date}){let i=Je[e],a=(0,X.useId)(),o=qe(t,r,Object.keys(Ce));if(o.series.length===0)return null;let s=o.years.map((e,t)=>o.series.reduce((e,[,n])=>e+n[t],0)),l=Math.max(1,...s),u=14+o.years.length*18,d=o.years.length,f=(e,t)=>t===0&&d>=4||t===d-1||e%5==0&&t>=2&&t<=d-3,p=t=>n?c[e][t]??t:i.all,m=e=>n?Ce[e]??`#7d8791`:we;return(0,$.jsxs)(`figure`,{className:`over-time`,"data-testid":`members-over-time`,"aria-labelledby":`${a}-caption`,children:[(0,$.jsx)(`figcaption`,{id:`${a}-caption`,children:n?i.members:i.memberships}),(0,$.jsxs)(`svg`,{width:u+30,height:96,"aria-hidden":`true`,focusable:`false`,children:[o.years.map((e,t)=>{let n=80;return(0,$.jsxs)(`g`,{children:[o.series.map(([e,r])=>{let i=r[t]/l*80;return n-=i,i>0?(0,$.jsx)(`rect`,{x:14+t*18,y:n,width:14,height:i,fill:m(e),stroke:`#ffffff`,strokeWidth:.5},e):null}),f(e,t)&&(0,$.jsx)(`text`,{x:14+t*18+7,y:92,fontSize:9,textAnchor:`middle`,fill:`#1f2a33`,children:e})]},e)}),(0,$.jsx)(`text`,{x:u+2,y:9,fontSize:9,fill:`#1f2a33`,children:l})]}),n&&(0,$.jsx)(`ul`,{className:`over-time-legend`,"aria-hidden":`true`,children:o.series.map(([e])=>(0,$.jsxs)(`li`,{children:[(0,$.jsx)(`span`,{className:`swatch`,style:{background:m(e)}}),` `,p(e)]},e))}),(0,$.jsxs)(`details`,{children:[(0,$.jsx)(`summary`,{children:i.table}),(0,$.jsx)(`div`,{className:`table-wrap`,children:(0,$.jsxs)(`table`,{className:`data`,children:[(0,$.jsx)(`thead`,{children:(0,$.jsxs)(`tr`,{children:[(0,$.jsx)(`th`,{scope:`col`,children:i.year}),o.series.map(([e])=>(0,$.jsx)(`th`,{scope:`col`,children:p(e)},e)),o.series.length>1&&(0,$.jsx)(`th`,{scope:`col`,children:i.total})]})}),(0,$.jsx)(`tbody`,{children:o.years.map((e,t)=>(0,$.jsxs)(`tr`,{children:[(0,$.jsx)(`th`,{scope:`row`,children:e}),o.series.map(([e,n])=>(0,$.jsx)(`td`,{children:n[t]},e)),o.series.length>1&&(0,$.jsx)(`td`,{children:s[t]})]},e))})]})})]}),o.undated>0&&(0,$.jsx)(`p`,{className:`hint`,children:he(e,i.undated,{n:o.undated})})]})}function Xe({id:e,lang:t,onClose:n,onSelect:a,onFullPage:o,full:u=!1}){let f=e=>r[t][e],p=D[t],x=re(),[te,C]=(0,X.useState)(!1),[T,O]=(0,X.useState)(null),[k,A]=(0,X.useState)(0),j=(0,X.useRef)(null),M=t=>{j.current=t??null,A(e=>e+1),t&&Se(t),be(`[data-testid=details][data-id="${e}"] h2`)},[N,P]=w({query:l,variables:{id:e}}),[,F]=E(ne),[,I]=E(ie);(0,X.useEffect)(()=>{k>0&&P({requestPolicy:`network-only`})},[k,P]);let L=N.data?.node,R=L&&(L.__typename===`Organization`||L.__typename===`Network`)?{status:`ready`,node:L}:N.fetching||!N.data&&!N.error?{status:`loading`}:N.error&&!N.data?.node?{status:N.error.graphQLErrors.some(e=>e.extensions?.code===`NOT_FOUND`)?`missing`:`error`}:{status:`missing`};(0,X.useEffect)(()=>{!N.fetching&&!N.stale&&N.data&&j.current&&(O(j.current),j.current=null)},[N.fetching,N.stale,N.data]),(0,X.useEffect)(()=>{C(!1),O(null)},[e]);let z=R.status===`ready`?g(R.node,t):null;if((0,X.useEffect)(()=>{z&&ye(z)},[z]),R.status===`loading`)return(0,$.jsx)(`p`,{children:f(`loading`)});if(R.status===`error`)return(0,$.jsx)(`p`,{role:`alert`,children:f(`loadError`)});if(R.status===`missing`)return(0,$.jsxs)(`div`,{children:[(0,$.jsx)(`p`,{role:`alert`,children:f(`notFound`)}),(0,$.jsx)(s,{variant:`secondary`,onClick:n,children:f(`close`)})]});if(R.status!==`ready`)return null;let B=R.node,V=B.__typename===`Network`,H=V?x.canCoordinate(B.id):x.canEditOrganization(B.id),ae=e=>H&&(x.me?.role===`ADMIN`||e.awaiting===(V?`NETWORK`:`ORGANIZATION`)),oe=async()=>{(V?await F({id:B.id}):await I({id:B.id})).error?O(p.genericError):M(p.confirmed)};if(te){let e=e=>{C(!1),O(null),e?M(p.saved):be(`[data-testid=edit]`)};return V?(0,$.jsx)(Ue,{id:B.id,lang:t,onDone:e}):(0,$.jsx)(Ve,{id:B.id,lang:t,onDone:e})}let U=(B.memberships.edges??[]).flatMap(e=>e?.node?[e.node]:[]),W=e=>me(t,e),G=(e,n)=>(0,$.jsx)(`button`,{type:`button`,className:`link`,onClick:()=>a(e.id,n),lang:xe(t,d(e,t)),children:g(e,t)}),K=e=>e.map((e,n)=>(0,$.jsxs)(`span`,{children:[n>0?`, `:``,(0,$.jsx)(_,{n:e,lang:t})]},e.id)),q=V?[[`networkKind`,i[t][B.kind??``]],[`themes`,(B.themes??[]).map(e=>b(t,e)).join(`, `)],[`level`,v(t,B.level)],[`status`,h(t,B.status)],[`areas`,(B.areas??[]).length?K(B.areas??[]):null],[`coordinator`,B.coordinator?G(B.coordinator,`Organization`):null],[`parentNetwork`,B.parent?G(B.parent,`Network`):null],[`meetings`,B.meetingsPerYear??null],[`started`,W(B.startedOn)],[`ended`,W(B.endedOn)]]:[[`sector`,c[t][B.sector??``]],[`services`,(B.services??[]).map(e=>m(t,e)).join(`, `)],[`homeArea`,B.homeArea?(0,$.jsx)(_,{n:B.homeArea,lang:t}):null],[`operatingAreas`,(B.operatingAreas??[]).length?K(B.operatingAreas??[]):null],[`parentOrg`,B.parent?G(B.parent,`Organization`):null],[`contact`,[B.email,B.phone,B.addressConfidential?f(`addressHidden`):B.address].filter(Boolean).join(` · `)]];q.push([`website`,B.website?(0,$.jsx)(`a`,{href:B.website,rel:`noopener noreferrer`,children:B.website}):null]),q.push([`lastConfirmed`,B.lastConfirmedAt?W(B.lastConfirmedAt):f(`notConfirmed`)]);let J=V?y.map(e=>[e,U.filter(t=>t.organization?.sector===e)]).filter(([,e])=>e.length>0):[[``,U]];return(0,$.jsxs)(`article`,{"data-testid":`details`,"data-id":B.id,className:`details`,children:[(0,$.jsx)(`p`,{className:`kind`,children:f(V?`network`:`organization`)}),(0,$.jsxs)(S,{variant:`h2`,tabIndex:-1,children:[(0,$.jsx)(_,{n:B,lang:t}),B.shortName?` (${B.shortName})`:``]}),B.description&&(0,$.jsx)(`p`,{lang:xe(t,`fi`),children:B.description}),T&&(0,$.jsx)(`p`,{role:`status`,className:`notice`,"data-testid":`notice`,children:T}),H&&(0,$.jsxs)(`div`,{className:`actions no-print`,children:[(0,$.jsx)(s,{variant:`secondary`,onClick:()=>C(!0),"data-testid":`edit`,"aria-label":`${p.edit}: ${g(B,t)}`,children:p.edit}),(0,$.jsx)(s,{variant:`secondary`,onClick:oe,"data-testid":`confirm`,children:p.stillAccurate})]}),(0,$.jsx)(`dl`,{className:`facts`,children:q.filter(([,e])=>e!==null&&e!==``&&e!==void 0).map(([e,t])=>(0,$.jsxs)(`div`,{children:[(0,$.jsx)(`dt`,{children:f(e)}),(0,$.jsx)(`dd`,{children:t})]},e))}),!V&&(B.units??[]).length>0&&(0,$.jsxs)($.Fragment,{children:[(0,$.jsx)(S,{variant:`h3`,children:f(`units`)}),(0,$.jsx)(`ul`,{children:(B.units??[]).map(e=>(0,$.jsx)(`li`,{children:G(e,`Organization`)},e.id))})]}),V&&(B.subgroups??[]).length>0&&(0,$.jsxs)($.Fragment,{children:[(0,$.jsx)(S,{variant:`h3`,children:f(`subgroups`)}),(0,$.jsx)(`ul`,{children:(B.subgroups??[]).map(e=>(0,$.jsx)(`li`,{children:G(e,`Network`)},e.id))})]}),(0,$.jsx)(S,{variant:`h3`,children:f(V?`members`:`memberships`)}),(0,$.jsx)(Ye,{lang:t,bySector:V,memberships:U.map(e=>({status:e.status,startDate:e.startDate,endDate:e.endDate,group:V?e.organization?.sector??``:``}))}),J.map(([e,n])=>(0,$.jsxs)(`section`,{className:`member-group`,children:[e&&(0,$.jsx)(`h4`,{children:c[t][e]}),(0,$.jsx)(`ul`,{className:`members`,children:n.map(e=>{let n=V?e.organization:e.network;return n?(0,$.jsxs)(`li`,{children:[G(n,V?`Organization`:`Network`),` `,(0,$.jsxs)(`span`,{className:`role`,children:[ee(t,e.role),e.status===`ACTIVE`?``:` (${h(t,e.status)})`]}),e.representative?(0,$.jsxs)(`span`,{className:`rep`,children:[` · `,(0,$.jsx)(`span`,{lang:xe(t,`fi`),children:e.representative})]}):null,(e.startDate||e.endDate)&&(0,$.jsxs)(`span`,{className:`rep`,children:[` `,`· `,W(e.startDate),`–`,W(e.endDate)]}),e.status===`PENDING`&&e.requestedBy===`NETWORK`&&(0,$.jsxs)(`span`,{className:`rep`,children:[` · `,p.invitation]}),e.status===`PENDING`&&ae(e)&&(0,$.jsx)(ge,{id:e.id,version:e.version,lang:t,subject:g(n,t),onDone:M}),e.status===`PENDING`&&H&&!ae(e)&&(0,$.jsx)(`div`,{className:`rep`,"data-testid":`awaiting`,children:e.awaiting===`ORGANIZATION`?p.awaitingOrganization:p.awaitingNetwork}),e.status===`ACTIVE`&&H&&(0,$.jsx)(_e,{id:e.id,version:e.version,lang:t,leave:!V,subject:g(n,t),onDone:M}),e.illustrative?(0,$.jsxs)(`div`,{className:`source`,"data-testid":`source`,children:[f(`source`),`: `,f(`illustrative`)]}):e.source&&(0,$.jsxs)(`div`,{className:`source`,"data-testid":`source`,children:[f(`source`),`: `,(0,$.jsx)(`span`,{lang:xe(t,`fi`),children:e.source})]})]},e.id):null})})]},e)),!V&&H&&(0,$.jsx)(ve,{organizationID:B.id,lang:t,onDone:()=>M()}),!u&&o&&(0,$.jsx)(`p`,{className:`no-print`,children:(0,$.jsx)(`a`,{href:`/${V?`networks`:`organizations`}/${B.id}?full=1`,onClick:e=>{e.preventDefault(),o()},"data-testid":`full-page`,children:f(`openFullPage`)})}),x.me&&(0,$.jsx)(Ke,{id:B.id,lang:t,version:B.version+k}),(0,$.jsx)(s,{variant:`secondary`,onClick:n,className:`no-print`,children:f(u?`backToMap`:`close`)})]})}export{Xe as default};