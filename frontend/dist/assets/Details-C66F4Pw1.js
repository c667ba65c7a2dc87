import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{n as t,t as n}from"./jsx-runtime-CkXRJ162.js";import{g as r,m as i,n as a,p as o,t as s,v as c}from"./Button-DxnvfVZ0.js";import{C as l,_ as u,b as d,c as f,d as p,f as m,g as h,h as g,l as _,m as v,p as y,s as b,u as ee,v as x,x as S}from"./index-DwMbetP5.js";import{i as C,n as w,r as T}from"./urql.es-BXY5_n1f.js";import{a as E,i as D,n as O,r as k,t as A}from"./editMessages-DBnaxN0o.js";import{_ as j,a as te,f as M,i as N,l as P,m as F,n as I,o as ne,v as re,x as ie,y as L}from"./session-Bpz1K9yR.js";import{t as R}from"./InlineAlert-D1SymYXO.js";import{n as z,t as B}from"./errors-D0-qRxKO.js";import{C as V,S as H,_ as U,a as ae,b as W,d as G,f as K,l as q,m as J,n as oe,o as se,p as ce,s as le,t as ue,u as de,v as fe,y as pe}from"./spacing-DMqK3re3.js";import{a as me,i as he,r as ge}from"./format-D8CFSryP.js";import{n as _e,r as ve,t as ye}from"./Memberships-CAaD45n8.js";import{i as be,n as xe,r as Se,t as Ce}from"./a11y-M_uwD78y.js";import{l as we,r as Te}from"./colors-B7hWL8T9.js";var Y=e(t()),Ee=fe(Oe||=H([`
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
`]),de.normalize.html,de.normalize.textarea,q([`::-webkit-input-placeholder`]),de.common),De=pe(function(e){var t=e.forwardedRef,n=V(e,[`forwardedRef`]);return Y.createElement(`textarea`,W({},n,{ref:t}))}).withConfig({componentId:`sc-vdx405-0`})(ke||=H([`
  `,`
`],[`
  `,`
`]),Ee),Oe,ke,Ae=function(e,t,n){return fe(je||=H([`
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
`]),ae(e),le(e)(`bodyText`),ue(t),ue(n,!0),se(),e.colors.blackBase,le(e)(`bodyTextSmall`),e.colors.blackBase,e.spacing.xxs,e.colors.alertBase,le(e)(`bodySemiBoldSmall`),e.spacing.xxs,e.focuses.highContrastFocus,e.focuses.absoluteFocus,e.spacing.xs,e.spacing.xs,e.colors.depthDark3,e.shadows.actionElementBoxShadow,e.typography.bodyTextSmall,e.colors.whiteBase,e.colors.depthDark2,e.colors.depthBase,e.colors.depthLight3,e.colors.alertBase)},je,Me=e(U()),X=`fi-textarea`,Z={fullWidth:`${X}--full-width`,textareaContainer:`${X}_textarea-element-container`,textarea:`${X}_textarea`,resizeHorizontal:`${X}_textarea-resize--horizontal`,resizeBoth:`${X}_textarea-resize--both`,resizeNone:`${X}_textarea-resize--none`,disabled:`${X}--disabled`,error:`${X}--error`,statusTextHasContent:`${X}_statusText--has-content`,bottomWrapper:`${X}_bottom-wrapper`,characterCounter:`${X}_character-counter`,characterCounterError:`${X}_character-counter--error`},Ne=function(e){var t,n,r,i,o=e.id,s=e.className,c=e.disabled,l=c!==void 0&&c,u=e.children,d=e.onClick,f=e.onChange,p=e.labelMode,m=e.labelText,h=e.hintText,g=e.status,_=e.statusText,v=e.visualPlaceholder,y=e.resize,b=e.optionalText,ee=e[`aria-describedby`],x=e.fullWidth,S=e.style,C=e.forwardedRef,w=e.statusTextAriaLiveMode,T=w===void 0?`assertive`:w,A=e.tooltipComponent,j=e.characterLimit,te=e.ariaCharactersRemainingText,M=e.ariaCharactersExceededText,N=V(e,[`id`,`className`,`disabled`,`children`,`onClick`,`onChange`,`labelMode`,`labelText`,`hintText`,`status`,`statusText`,`visualPlaceholder`,`resize`,`optionalText`,`aria-describedby`,`fullWidth`,`style`,`forwardedRef`,`statusTextAriaLiveMode`,`tooltipComponent`,`characterLimit`,`ariaCharactersRemainingText`,`ariaCharactersExceededText`]),P=oe(N)[1],F=(0,Y.useState)(0),I=F[0],ne=F[1],re=(0,Y.useState)(``),ie=re[0],R=re[1],z=(0,Y.useState)(null),B=z[0],H=z[1],U=(0,Y.useState)(!1),ae=U[0],G=U[1];(0,Y.useEffect)(function(){return G(!0),function(){G(!1)}},[]);var K=(0,Y.useRef)(null),q=l?{}:{onMouseDown:d},se=_?`${o}-statusText`:void 0,ce=h?`${o}-hintText`:void 0;(0,Y.useEffect)(function(){j!==void 0&&K.current?.value.length&&ne(K.current?.value.length)},[]);var le=function(e){if(B&&clearTimeout(B),j!==void 0&&te&&M){var t=e.target.value.length;ne(t),H(setTimeout(function(){ae&&R(t<=j?te(j-t):M(t-j))},1500))}f&&f(e)},ue=C||null;return Y.createElement(L,{className:(0,Me.default)(X,s,(t={},t[Z.disabled]=!!l,t[Z.error]=g===`error`&&!l,t[Z.fullWidth]=x,t)),style:S},Y.createElement(D,{htmlFor:o,labelMode:p,optionalText:b,tooltipComponent:A},m),Y.createElement(O,{id:ce},h),Y.createElement(L,{className:Z.textareaContainer},Y.createElement(De,W({id:o,className:(0,Me.default)(Z.textarea,(n={},n[Z.resizeBoth]=y===`both`,n[Z.resizeHorizontal]=y===`horizontal`,n[Z.resizeNone]=y===`none`,n)),disabled:l,defaultValue:u,forwardedRef:J(K,ue),placeholder:v,"aria-invalid":g===`error`},E(`aria-describedby`,[se,ce,ee]),{onChange:le},P,q))),Y.createElement(L,{className:Z.bottomWrapper},Y.createElement(k,{id:se,className:(0,Me.default)((r={},r[Z.statusTextHasContent]=!!_,r)),status:g,disabled:l,ariaLiveMode:T},j&&Y.createElement(a,null,ie),_),j&&Y.createElement(L,{className:(0,Me.default)(Z.characterCounter,(i={},i[Z.characterCounterError]=I>j,i))},`${I}/${j}`)))},Pe=pe(function(e){e.theme,e.globalMargins;var t=V(e,[`theme`,`globalMargins`]);return Y.createElement(Ne,W({},t))}).withConfig({componentId:`sc-fz1c6p-0`})(Ie||=H([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=V(e,[`theme`,`globalMargins`]),i=oe(r)[0];return Ae(t,ce(n.textarea,i),i)}),Fe=(0,Y.forwardRef)(function(e,t){var n=e.id,r=V(e,[`id`]);return Y.createElement(G,null,function(e){var i=e.margins;return Y.createElement(K,null,function(e){var a=e.suomifiTheme;return Y.createElement(ie,{id:n},function(e){return Y.createElement(Pe,W({theme:a,id:e,globalMargins:i,forwardedRef:t},r))})})})});Fe.displayName=`Textarea`;var Ie,Le={fi:{required:`Pakollinen tieto.`,tooLong:`Enintään {n} merkkiä.`,email:`Anna sähköpostiosoite muodossa nimi@esimerkki.fi.`,url:`Anna osoite muodossa https://esimerkki.fi.`,businessID:`Tarkista Y-tunnus (muoto 1234567-8, tarkiste ei täsmää).`,server:`Virheellinen arvo`},sv:{required:`Obligatorisk uppgift.`,tooLong:`Högst {n} tecken.`,email:`Ange e-postadressen i formen namn@exempel.fi.`,url:`Ange adressen i formen https://exempel.fi.`,businessID:`Kontrollera FO-numret (formen 1234567-8, kontrollsiffran stämmer inte).`,server:`Ogiltigt värde`},en:{required:`Required.`,tooLong:`At most {n} characters.`,email:`Give an email address like name@example.fi.`,url:`Give an address like https://example.fi.`,businessID:`Check the business ID (form 1234567-8; the check digit does not match).`,server:`Invalid value`}};function Re(e,t){return/too long/.test(t)?Le[e].tooLong.replace(`{n}`,`…`):/required|empty/.test(t)?Le[e].required:`${Le[e].server}.`}function ze(e){if(!/^\d{7}-\d$/.test(e))return!1;let t=[7,9,10,5,8,4,2].reduce((t,n,r)=>t+n*Number(e[r]),0)%11;return t!==1&&(t===0?0:11-t)===Number(e[8])}function Be(e,t,n){let r=Le[e],i=t.trim();return i?n.max&&[...i].length>n.max?r.tooLong.replace(`{n}`,String(n.max)):n.kind===`email`&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(i)?r.email:n.kind===`url`&&!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(i)?r.url:n.kind===`businessID`&&!ze(i)?r.businessID:null:n.required?r.required:null}var Q=n();function Ve({id:e,label:t,lang:n,multiple:r,value:i,onChange:a,testId:o}){let s=A[n],[c,l]=(0,Y.useState)(``),u=S(c.trim(),150),[{data:f}]=C({query:N,variables:{q:u},pause:!u}),p=(0,Y.useMemo)(()=>u&&c.trim()&&f?f.areas.edges?.flatMap(e=>e?.node?[e.node]:[]).filter(e=>!i.some(t=>t.id===e.id))??[]:null,[f,u,c,i]),m=d(p,e=>{let t={id:e.id,nameFi:e.nameFi,nameSv:e.nameSv,nameEn:e.nameEn};a(r?[...i,t]:[t]),l(``)});return(0,Q.jsxs)(`div`,{className:`field combobox area-picker`,"data-testid":o,children:[(0,Q.jsxs)(`label`,{htmlFor:m.input.id,children:[t,` (`,s.areaSearch,`)`]}),(0,Q.jsx)(`input`,{...m.input,type:`text`,value:c,onChange:e=>l(e.target.value),"data-testid":`${o}-search`}),(0,Q.jsx)(`ul`,{...m.list,className:`suggestions`,"aria-label":t,children:(m.shown&&p?p:[]).map((e,t)=>(0,Q.jsx)(`li`,{...m.option(t),children:h(e,n)},e.id))}),i.length===0?(0,Q.jsx)(`p`,{className:`hint`,id:`${e}-chosen`,children:s.noAreas}):(0,Q.jsx)(`ul`,{className:`chosen`,id:`${e}-chosen`,"aria-label":t,children:i.map(e=>(0,Q.jsxs)(`li`,{children:[(0,Q.jsx)(g,{n:e,lang:n}),` `,(0,Q.jsx)(`button`,{type:`button`,className:`link`,onClick:()=>a(i.filter(t=>t.id!==e.id)),"aria-label":`${s.removeArea}: ${h(e,n)}`,children:s.removeArea})]},e.id))})]})}function He(e){let t=(Array.isArray(e)?e:e?[e]:[]).map(e=>({id:e.id,nameFi:e.nameFi,nameSv:e.nameSv??null,nameEn:e.nameEn??null}));return t.sort((e,t)=>e.id<t.id?-1:+(e.id>t.id)),JSON.stringify(t)}function $(e){try{let t=JSON.parse(e||`[]`);return Array.isArray(t)?t:[]}catch{return[]}}function Ue({title:e,testId:t,lang:n,fields:r,load:i,save:a,onDone:c}){let l=A[n],u=(0,Y.useId)(),[d,f]=(0,Y.useState)(null),[p,m]=(0,Y.useState)(null),[g,_]=(0,Y.useState)({}),[v,y]=(0,Y.useState)(null),[b,ee]=(0,Y.useState)(null),[S,C]=(0,Y.useState)(!1),w=I(),T=o[n],E=(0,Y.useRef)(null),D=(0,Y.useRef)(null),O=(0,Y.useRef)(null);(0,Y.useEffect)(()=>{i().then(e=>{f(e),e&&m(e.values)})},[]);let k=d!==null;if((0,Y.useEffect)(()=>{k&&E.current?.querySelector(`h3`)?.focus()},[k]),(0,Y.useEffect)(()=>{b&&D.current?.focus()},[b]),(0,Y.useEffect)(()=>{v&&O.current?.focus()},[v]),!d||!p)return(0,Q.jsx)(`p`,{children:`…`});let j=e=>typeof e==`string`?e:``,te=(e,t)=>e.kind===`checkbox`?t?`✓`:`–`:e.kind===`select`?e.options?.find(e=>e.value===t)?.label??`–`:e.kind===`choices`?j(t).split(`,`).filter(Boolean).map(t=>e.options?.find(e=>e.value===t)?.label??t).join(`, `)||`–`:e.kind===`area`||e.kind===`areas`?$(j(t)).map(e=>h(e,n)).join(`, `)||`–`:j(t)||`–`,M=async()=>{let e={};for(let t of r){let r=t.rule&&t.kind!==`checkbox`&&t.kind!==`choices`&&t.kind!==`area`&&t.kind!==`areas`?Be(n,j(p[t.name]),t.rule):null;r&&(e[t.name]=r)}if(_(e),Object.keys(e).length>0){y(l.fixErrors);return}let t={};for(let e of r){let n=p[e.name];if(n===d.values[e.name])continue;let r=e.name[0].toUpperCase()+e.name.slice(1);if(e.kind===`choices`){let i=j(n).split(`,`).filter(Boolean);i.length>0?t[e.name]=i:t[`clear${r}`]=!0}else if(e.kind===`area`){let[i]=$(j(n));i?t[`${e.name}ID`]=i.id:t[`clear${r}`]=!0}else if(e.kind===`areas`){let i=new Set($(j(d.values[e.name])).map(e=>e.id)),a=new Set($(j(n)).map(e=>e.id)),o=r.replace(/s$/,``),s=[...a].filter(e=>!i.has(e)),c=[...i].filter(e=>!a.has(e));s.length&&(t[`add${o}IDs`]=s),c.length&&(t[`remove${o}IDs`]=c)}else typeof n==`boolean`?t[e.name]=n:n.trim()===``&&!e.rule?.required?t[`clear${e.name[0].toUpperCase()}${e.name.slice(1)}`]=!0:t[e.name]=e.kind===`number`?Number(n):n.trim()}C(!0);let o=B(await a(t,d.version));if(C(!1),!o)c(!0);else if(o.code===`CONFLICT`){let e=await i();if(e){let t={...e.values};for(let e of r)p[e.name]!==d.values[e.name]&&(t[e.name]=p[e.name]);ee(r.filter(t=>e.values[t.name]!==d.values[t.name]).map(t=>({field:t,now:te(t,e.values[t.name])}))),m(t),f(e)}y(null)}else Object.keys(o.fields).length>0?(_(Object.fromEntries(Object.entries(o.fields).map(([e,t])=>[e,Re(n,t)]))),y(l.fixErrors)):o.reason===`SESSION_EXPIRED`||o.code===`UNAUTHENTICATED`&&w.me?(w.markExpired(),y(`${T.sessionEnded}. ${T.sessionEndedText}`)):y(o.code===`FORBIDDEN`||o.code===`UNAUTHENTICATED`?l.forbidden:l.genericError)},N=(e,t)=>m({...p,[e]:t});return(0,Q.jsxs)(`form`,{className:`edit-form`,"data-testid":t,noValidate:!0,onSubmit:e=>{e.preventDefault(),M()},children:[(0,Q.jsx)(`div`,{ref:E,children:(0,Q.jsx)(x,{variant:`h3`,tabIndex:-1,children:e})}),r.some(e=>e.rule?.required)&&(0,Q.jsx)(`p`,{className:`hint`,children:T.requiredNote}),b&&(0,Q.jsx)(`div`,{ref:D,tabIndex:-1,role:`alert`,className:`alert-box`,children:(0,Q.jsxs)(R,{status:`warning`,labelText:l.conflictTitle,"data-testid":`conflict`,children:[(0,Q.jsx)(`p`,{children:l.conflictText}),b.length>0&&(0,Q.jsxs)(`p`,{children:[l.currentValues,`:`]}),(0,Q.jsx)(`dl`,{className:`facts`,children:b.map(({field:e,now:t})=>(0,Q.jsxs)(`div`,{children:[(0,Q.jsx)(`dt`,{children:e.label}),(0,Q.jsx)(`dd`,{children:t})]},e.name))})]})}),v&&(0,Q.jsx)(`div`,{ref:O,tabIndex:-1,className:`alert-box`,children:(0,Q.jsx)(R,{status:`error`,role:`alert`,"data-testid":`form-problem`,children:v})}),r.map(e=>{let t=g[e.name];switch(e.kind){case`textarea`:return(0,Q.jsx)(Fe,{labelText:e.label,value:j(p[e.name]),onChange:t=>N(e.name,t.target.value),status:t?`error`:`default`,statusText:t,fullWidth:!0},e.name);case`checkbox`:return(0,Q.jsxs)(`label`,{className:`checkbox`,children:[(0,Q.jsx)(`input`,{type:`checkbox`,checked:p[e.name]===!0,onChange:t=>N(e.name,t.target.checked)}),` `,e.label]},e.name);case`choices`:{let t=new Set(j(p[e.name]).split(`,`).filter(Boolean)),n=(n,r)=>{let i=new Set(t);r?i.add(n):i.delete(n),N(e.name,(e.options??[]).map(e=>e.value).filter(e=>i.has(e)).join(`,`))};return(0,Q.jsxs)(`fieldset`,{className:`field choices`,"data-testid":`field-${e.name}`,children:[(0,Q.jsx)(`legend`,{children:e.label}),(e.options??[]).map(e=>(0,Q.jsxs)(`label`,{className:`checkbox`,children:[(0,Q.jsx)(`input`,{type:`checkbox`,checked:t.has(e.value),onChange:t=>n(e.value,t.target.checked)}),` `,e.label]},e.value))]},e.name)}case`area`:case`areas`:return(0,Q.jsx)(Ve,{id:`${u}-${e.name}`,label:e.label,lang:n,multiple:e.kind===`areas`,value:$(j(p[e.name])),onChange:t=>N(e.name,He(t)),testId:`field-${e.name}`},e.name);case`date`:case`select`:{let n=`${u}-${e.name}`;return(0,Q.jsxs)(`div`,{className:`field`,children:[(0,Q.jsx)(`label`,{htmlFor:n,children:e.label}),e.kind===`date`?(0,Q.jsx)(`input`,{id:n,type:`date`,value:j(p[e.name]),onChange:t=>N(e.name,t.target.value),"aria-invalid":!!t,"aria-describedby":t?`${n}-error`:void 0}):(0,Q.jsx)(`select`,{id:n,value:j(p[e.name]),onChange:t=>N(e.name,t.target.value),children:(e.options??[]).map(e=>(0,Q.jsx)(`option`,{value:e.value,children:e.label},e.value))}),t&&(0,Q.jsx)(`span`,{className:`field-error`,id:`${n}-error`,role:`alert`,children:t})]},e.name)}default:return(0,Q.jsx)(z,{labelText:e.rule?.required?`${e.label} (${o[n].required})`:e.label,value:j(p[e.name]),onChange:t=>N(e.name,String(t??``)),required:e.rule?.required,status:t?`error`:`default`,statusText:t,type:e.kind===`email`||e.kind===`url`||e.kind===`tel`||e.kind===`number`?e.kind:`text`,"data-testid":`field-${e.name}`,fullWidth:!0},e.name)}}),(0,Q.jsxs)(`div`,{className:`actions`,children:[(0,Q.jsx)(s,{type:`submit`,disabled:S,"data-testid":`save`,children:l.save}),(0,Q.jsx)(s,{variant:`secondary`,type:`button`,onClick:()=>c(!1),children:l.cancel})]})]})}function We({id:e,lang:t,onDone:n}){let i=A[t],a=r[t],o=w(),[,s]=T(re),{me:c}=I(),l=[{name:`nameFi`,label:i.nameFi,rule:{required:!0,max:300}},{name:`nameSv`,label:i.nameSv,rule:{max:300}},{name:`nameEn`,label:i.nameEn,rule:{max:300}},{name:`shortName`,label:i.shortName,rule:{max:60}},{name:`email`,label:i.email,rule:{max:254,kind:`email`},kind:`email`},{name:`phone`,label:i.phone,rule:{max:40},kind:`tel`},{name:`website`,label:i.website,rule:{max:500,kind:`url`},kind:`url`},{name:`address`,label:i.address,rule:{max:300}},{name:`addressConfidential`,label:i.addressConfidential,kind:`checkbox`},{name:`description`,label:i.description,rule:{max:5e3},kind:`textarea`},{name:`services`,label:a.services,kind:`choices`,options:f.map(e=>({value:e,label:p(t,e)}))},{name:`homeArea`,label:a.homeArea,kind:`area`},{name:`operatingAreas`,label:a.operatingAreas,kind:`areas`},...c?.role===`ADMIN`?[{name:`businessID`,label:i.businessID,rule:{kind:`businessID`}}]:[]];return(0,Q.jsx)(Ue,{title:i.editOrganization,testId:`edit-organization`,lang:t,fields:l,load:async()=>{let t=(await o.query(F,{id:e},{requestPolicy:`network-only`}).toPromise()).data?.node;return!t||!(`version`in t)?null:{version:t.version,values:Ge(t,l)}},save:async(t,n)=>(await s({id:e,version:n,input:t})).error,onDone:n})}function Ge(e,t){let n={};for(let r of t){let t=e[r.name];n[r.name]=r.kind===`checkbox`?t===!0:r.kind===`area`||r.kind===`areas`?He(t):r.kind===`choices`?(r.options??[]).map(e=>e.value).filter(e=>Array.isArray(t)&&t.includes(e)).join(`,`):t==null?``:String(t)}return n}function Ke({id:e,lang:t,onDone:n}){let i=A[t],a=w(),[,o]=T(j),s=[{name:`nameFi`,label:i.nameFi,rule:{required:!0,max:300}},{name:`nameSv`,label:i.nameSv,rule:{max:300}},{name:`nameEn`,label:i.nameEn,rule:{max:300}},{name:`shortName`,label:i.shortName,rule:{max:60}},{name:`website`,label:i.website,rule:{max:500,kind:`url`},kind:`url`},{name:`meetingsPerYear`,label:i.meetingsPerYear,kind:`number`},{name:`startedOn`,label:i.startedOn,kind:`date`},{name:`endedOn`,label:i.endedOn,kind:`date`},{name:`status`,label:i.networkStatus,kind:`select`,options:[`ACTIVE`,`DORMANT`,`ENDED`].map(e=>({value:e,label:m(t,e)}))},{name:`description`,label:i.description,rule:{max:5e3},kind:`textarea`},{name:`areas`,label:r[t].areas,kind:`areas`}];return(0,Q.jsx)(Ue,{title:i.editNetwork,testId:`edit-network`,lang:t,fields:s,load:async()=>{let t=(await a.query(M,{id:e},{requestPolicy:`network-only`}).toPromise()).data?.node;if(!t||!(`version`in t))return null;let n=Ge(t,s);return{version:t.version,values:n}},save:async(t,n)=>(await o({id:e,version:n,input:t})).error,onDone:n})}var qe={fi:{CREATE:`Lisätty`,UPDATE:`Muutettu`,DELETE:`Poistettu`},sv:{CREATE:`Tillagd`,UPDATE:`Ändrad`,DELETE:`Borttagen`},en:{CREATE:`Added`,UPDATE:`Changed`,DELETE:`Removed`}};function Je(e){if(!e||e===`null`)return`–`;try{let t=JSON.parse(e);return Array.isArray(t)?t.join(`, `):String(t)}catch{return e}}function Ye({id:e,lang:t,version:n}){let r=A[t],[i,a]=C({query:P,variables:{id:e},requestPolicy:`network-only`}),o=(0,Y.useRef)(n);(0,Y.useEffect)(()=>{n!==o.current&&(o.current=n,a({requestPolicy:`network-only`}))},[n,a]);let s=i.data?.changes.edges?.flatMap(e=>e?.node?[e.node]:[])??null;if(!s)return null;let c=e=>me(t,e);return(0,Q.jsxs)(`section`,{className:`history`,"data-testid":`history`,children:[(0,Q.jsx)(x,{variant:`h3`,children:r.history}),s.length===0?(0,Q.jsx)(`p`,{children:r.noHistory}):(0,Q.jsx)(`ol`,{children:s.map(e=>(0,Q.jsxs)(`li`,{children:[(0,Q.jsxs)(`span`,{className:`role`,children:[c(e.at),` · `,qe[t][e.operation]??e.operation,` · `,r.by,` `,b(t,e.actorRole)]}),(0,Q.jsx)(`ul`,{children:e.fields.map(e=>(0,Q.jsxs)(`li`,{children:[e.field,`: `,Je(e.before),` → `,Je(e.after)]},e.field))})]},e.id))})]})}function Xe(e,t,n=[]){let r=t.getFullYear(),i=e=>e>=r?t.toISOString().slice(0,10):`${e}-12-31`,a=e.filter(e=>e.status===`ACTIVE`||e.status===`ENDED`),o=a.flatMap(e=>e.startDate?[Number(e.startDate.slice(0,4))]:[]),s=o.length?Math.min(...o,r):r,c=[];for(let e=s;e<=r;e++)c.push(e);return{years:c,series:[...new Set(a.map(e=>e.group))].sort((e,t)=>{let r=n.indexOf(e),i=n.indexOf(t);return(r<0?1/0:r)-(i<0?1/0:i)||e.localeCompare(t)}).map(e=>[e,c.map(t=>{let n=i(t);return a.filter(i=>i.group===e?i.startDate?i.startDate<=n&&(i.endDate?i.endDate>=n:i.status===`ACTIVE`||t<r):t===r&&i.status===`ACTIVE`:!1).length})]),undated:a.filter(e=>!e.startDate).length}}var Ze={fi:{members:`Jäsenet vuosittain`,memberships:`Jäsenyydet vuosittain`,year:`Vuosi`,total:`Yhteensä`,table:`Luvut taulukkona`,undated:`{n, plural, one {# jäsenyys ilman alkupäivää on laskettu vain tälle vuodelle.} other {# jäsenyyttä ilman alkupäivää on laskettu vain tälle vuodelle.}}`,all:`Jäsenyydet`},sv:{members:`Medlemmar per år`,memberships:`Medlemskap per år`,year:`År`,total:`Totalt`,table:`Siffrorna som tabell`,undated:`{n, plural, one {# medlemskap utan startdatum räknas bara för i år.} other {# medlemskap utan startdatum räknas bara för i år.}}`,all:`Medlemskap`},en:{members:`Members by year`,memberships:`Memberships by year`,year:`Year`,total:`Total`,table:`The figures as a table`,undated:`{n, plural, one {# membership without a start date is counted for this year only.} other {# memberships without a start date are counted for this year only.}}`,all:`Memberships`}};function Qe({lang:e,memberships:t,bySector:n,today:r=new Date}){let i=Ze[e],a=(0,Y.useId)(),o=Xe(t,r,Object.keys(we));if(o.series.length===0)return null;let s=o.years.map((e,t)=>o.series.reduce((e,[,n])=>e+n[t],0)),l=Math.max(1,...s),u=14+o.years.length*18,d=o.years.length,f=(e,t)=>t===0&&d>=4||t===d-1||e%5==0&&t>=2&&t<=d-3,p=t=>n?c[e][t]??t:i.all,m=e=>n?we[e]??`#7d8791`:Te;return(0,Q.jsxs)(`figure`,{className:`over-time`,"data-testid":`members-over-time`,"aria-labelledby":`${a}-caption`,children:[(0,Q.jsx)(`figcaption`,{id:`${a}-caption`,children:n?i.members:i.memberships}),(0,Q.jsxs)(`svg`,{width:u+30,height:96,"aria-hidden":`true`,focusable:`false`,children:[o.years.map((e,t)=>{let n=80;return(0,Q.jsxs)(`g`,{children:[o.series.map(([e,r])=>{let i=r[t]/l*80;return n-=i,i>0?(0,Q.jsx)(`rect`,{x:14+t*18,y:n,width:14,height:i,fill:m(e),stroke:`#ffffff`,strokeWidth:.5},e):null}),f(e,t)&&(0,Q.jsx)(`text`,{x:14+t*18+7,y:92,fontSize:9,textAnchor:`middle`,fill:`#1f2a33`,children:e})]},e)}),(0,Q.jsx)(`text`,{x:u+2,y:9,fontSize:9,fill:`#1f2a33`,children:l})]}),n&&(0,Q.jsx)(`ul`,{className:`over-time-legend`,"aria-hidden":`true`,children:o.series.map(([e])=>(0,Q.jsxs)(`li`,{children:[(0,Q.jsx)(`span`,{className:`swatch`,style:{background:m(e)}}),` `,p(e)]},e))}),(0,Q.jsxs)(`details`,{children:[(0,Q.jsx)(`summary`,{children:i.table}),(0,Q.jsx)(`div`,{className:`table-wrap`,children:(0,Q.jsxs)(`table`,{className:`data`,children:[(0,Q.jsx)(`thead`,{children:(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`th`,{scope:`col`,children:i.year}),o.series.map(([e])=>(0,Q.jsx)(`th`,{scope:`col`,children:p(e)},e)),o.series.length>1&&(0,Q.jsx)(`th`,{scope:`col`,children:i.total})]})}),(0,Q.jsx)(`tbody`,{children:o.years.map((e,t)=>(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`th`,{scope:`row`,children:e}),o.series.map(([e,n])=>(0,Q.jsx)(`td`,{children:n[t]},e)),o.series.length>1&&(0,Q.jsx)(`td`,{children:s[t]})]},e))})]})})]}),o.undated>0&&(0,Q.jsx)(`p`,{className:`hint`,children:ge(e,i.undated,{n:o.undated})})]})}function $e({id:e,lang:t,onClose:n,onSelect:a,onFullPage:o,full:d=!1}){let f=e=>r[t][e],b=A[t],S=I(),[w,E]=(0,Y.useState)(!1),[D,O]=(0,Y.useState)(null),[k,j]=(0,Y.useState)(0),M=(0,Y.useRef)(null),N=t=>{M.current=t??null,j(e=>e+1),t&&Ce(t),xe(`[data-testid=details][data-id="${e}"] h2`)},[P,F]=C({query:l,variables:{id:e}}),[,re]=T(te),[,ie]=T(ne);(0,Y.useEffect)(()=>{k>0&&F({requestPolicy:`network-only`})},[k,F]);let L=P.data?.node,R=L&&(L.__typename===`Organization`||L.__typename===`Network`)?{status:`ready`,node:L}:P.fetching||!P.data&&!P.error?{status:`loading`}:P.error&&!P.data?.node?{status:P.error.graphQLErrors.some(e=>e.extensions?.code===`NOT_FOUND`)?`missing`:`error`}:{status:`missing`};(0,Y.useEffect)(()=>{!P.fetching&&!P.stale&&P.data&&M.current&&(O(M.current),M.current=null)},[P.fetching,P.stale,P.data]),(0,Y.useEffect)(()=>{E(!1),O(null)},[e]);let z=R.status===`ready`?h(R.node,t):null;if((0,Y.useEffect)(()=>{z&&be(z)},[z]),R.status===`loading`)return(0,Q.jsx)(`p`,{children:f(`loading`)});if(R.status===`error`)return(0,Q.jsx)(`p`,{role:`alert`,children:f(`loadError`)});if(R.status===`missing`)return(0,Q.jsxs)(`div`,{children:[(0,Q.jsx)(`p`,{role:`alert`,children:f(`notFound`)}),(0,Q.jsx)(s,{variant:`secondary`,onClick:n,children:f(`close`)})]});if(R.status!==`ready`)return null;let B=R.node,V=B.__typename===`Network`,H=V?S.canCoordinate(B.id):S.canEditOrganization(B.id),U=e=>H&&(S.me?.role===`ADMIN`||e.awaiting===(V?`NETWORK`:`ORGANIZATION`)),ae=async()=>{(V?await re({id:B.id}):await ie({id:B.id})).error?O(b.genericError):N(b.confirmed)};if(w){let e=e=>{E(!1),O(null),e?N(b.saved):xe(`[data-testid=edit]`)};return V?(0,Q.jsx)(Ke,{id:B.id,lang:t,onDone:e}):(0,Q.jsx)(We,{id:B.id,lang:t,onDone:e})}let W=(B.memberships.edges??[]).flatMap(e=>e?.node?[e.node]:[]),G=e=>he(t,e),K=(e,n)=>(0,Q.jsx)(`button`,{type:`button`,className:`link`,onClick:()=>a(e.id,n),lang:Se(t,u(e,t)),children:h(e,t)}),q=e=>e.map((e,n)=>(0,Q.jsxs)(`span`,{children:[n>0?`, `:``,(0,Q.jsx)(g,{n:e,lang:t})]},e.id)),J=V?[[`networkKind`,i[t][B.kind??``]],[`themes`,(B.themes??[]).map(e=>y(t,e)).join(`, `)],[`level`,_(t,B.level)],[`status`,m(t,B.status)],[`areas`,(B.areas??[]).length?q(B.areas??[]):null],[`coordinator`,B.coordinator?K(B.coordinator,`Organization`):null],[`parentNetwork`,B.parent?K(B.parent,`Network`):null],[`meetings`,B.meetingsPerYear??null],[`started`,G(B.startedOn)],[`ended`,G(B.endedOn)]]:[[`sector`,c[t][B.sector??``]],[`services`,(B.services??[]).map(e=>p(t,e)).join(`, `)],[`homeArea`,B.homeArea?(0,Q.jsx)(g,{n:B.homeArea,lang:t}):null],[`operatingAreas`,(B.operatingAreas??[]).length?q(B.operatingAreas??[]):null],[`parentOrg`,B.parent?K(B.parent,`Organization`):null],[`contact`,[B.email,B.phone,B.addressConfidential?f(`addressHidden`):B.address].filter(Boolean).join(` · `)]];J.push([`website`,B.website?(0,Q.jsx)(`a`,{href:B.website,rel:`noopener noreferrer`,children:B.website}):null]),J.push([`lastConfirmed`,B.lastConfirmedAt?G(B.lastConfirmedAt):f(`notConfirmed`)]);let oe=V?v.map(e=>[e,W.filter(t=>t.organization?.sector===e)]).filter(([,e])=>e.length>0):[[``,W]];return(0,Q.jsxs)(`article`,{"data-testid":`details`,"data-id":B.id,className:`details`,children:[(0,Q.jsx)(`p`,{className:`kind`,children:f(V?`network`:`organization`)}),(0,Q.jsxs)(x,{variant:`h2`,tabIndex:-1,children:[(0,Q.jsx)(g,{n:B,lang:t}),B.shortName?` (${B.shortName})`:``]}),B.description&&(0,Q.jsx)(`p`,{lang:Se(t,`fi`),children:B.description}),D&&(0,Q.jsx)(`p`,{role:`status`,className:`notice`,"data-testid":`notice`,children:D}),H&&(0,Q.jsxs)(`div`,{className:`actions no-print`,children:[(0,Q.jsx)(s,{variant:`secondary`,onClick:()=>E(!0),"data-testid":`edit`,"aria-label":`${b.edit}: ${h(B,t)}`,children:b.edit}),(0,Q.jsx)(s,{variant:`secondary`,onClick:ae,"data-testid":`confirm`,children:b.stillAccurate})]}),(0,Q.jsx)(`dl`,{className:`facts`,children:J.filter(([,e])=>e!==null&&e!==``&&e!==void 0).map(([e,t])=>(0,Q.jsxs)(`div`,{children:[(0,Q.jsx)(`dt`,{children:f(e)}),(0,Q.jsx)(`dd`,{children:t})]},e))}),!V&&(B.units??[]).length>0&&(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(x,{variant:`h3`,children:f(`units`)}),(0,Q.jsx)(`ul`,{children:(B.units??[]).map(e=>(0,Q.jsx)(`li`,{children:K(e,`Organization`)},e.id))})]}),V&&(B.subgroups??[]).length>0&&(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(x,{variant:`h3`,children:f(`subgroups`)}),(0,Q.jsx)(`ul`,{children:(B.subgroups??[]).map(e=>(0,Q.jsx)(`li`,{children:K(e,`Network`)},e.id))})]}),(0,Q.jsx)(x,{variant:`h3`,children:f(V?`members`:`memberships`)}),(0,Q.jsx)(Qe,{lang:t,bySector:V,memberships:W.map(e=>({status:e.status,startDate:e.startDate,endDate:e.endDate,group:V?e.organization?.sector??``:``}))}),oe.map(([e,n])=>(0,Q.jsxs)(`section`,{className:`member-group`,children:[e&&(0,Q.jsx)(`h4`,{children:c[t][e]}),(0,Q.jsx)(`ul`,{className:`members`,children:n.map(e=>{let n=V?e.organization:e.network;return n?(0,Q.jsxs)(`li`,{children:[K(n,V?`Organization`:`Network`),` `,(0,Q.jsxs)(`span`,{className:`role`,children:[ee(t,e.role),e.status===`ACTIVE`?``:` (${m(t,e.status)})`]}),e.representative?(0,Q.jsxs)(`span`,{className:`rep`,children:[` · `,(0,Q.jsx)(`span`,{lang:Se(t,`fi`),children:e.representative})]}):null,(e.startDate||e.endDate)&&(0,Q.jsxs)(`span`,{className:`rep`,children:[` `,`· `,G(e.startDate),`–`,G(e.endDate)]}),e.status===`PENDING`&&e.requestedBy===`NETWORK`&&(0,Q.jsxs)(`span`,{className:`rep`,children:[` · `,b.invitation]}),e.status===`PENDING`&&U(e)&&(0,Q.jsx)(_e,{id:e.id,version:e.version,lang:t,subject:h(n,t),onDone:N}),e.status===`PENDING`&&H&&!U(e)&&(0,Q.jsx)(`div`,{className:`rep`,"data-testid":`awaiting`,children:e.awaiting===`ORGANIZATION`?b.awaitingOrganization:b.awaitingNetwork}),e.status===`ACTIVE`&&H&&(0,Q.jsx)(ve,{id:e.id,version:e.version,lang:t,leave:!V,subject:h(n,t),onDone:N}),e.illustrative?(0,Q.jsxs)(`div`,{className:`source`,"data-testid":`source`,children:[f(`source`),`: `,f(`illustrative`)]}):e.source&&(0,Q.jsxs)(`div`,{className:`source`,"data-testid":`source`,children:[f(`source`),`: `,(0,Q.jsx)(`span`,{lang:Se(t,`fi`),children:e.source})]})]},e.id):null})})]},e)),!V&&H&&(0,Q.jsx)(ye,{organizationID:B.id,lang:t,onDone:()=>N()}),!d&&o&&(0,Q.jsx)(`p`,{className:`no-print`,children:(0,Q.jsx)(`a`,{href:`/${V?`networks`:`organizations`}/${B.id}?full=1`,onClick:e=>{e.preventDefault(),o()},"data-testid":`full-page`,children:f(`openFullPage`)})}),S.me&&(0,Q.jsx)(Ye,{id:B.id,lang:t,version:B.version+k}),(0,Q.jsx)(s,{variant:`secondary`,onClick:n,className:`no-print`,children:f(d?`backToMap`:`close`)})]})}export{$e as default};