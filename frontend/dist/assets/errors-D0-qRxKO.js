import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{n as t}from"./jsx-runtime-CkXRJ162.js";import{f as n,n as r,u as i}from"./Button-DxnvfVZ0.js";import{C as a,S as o,_ as s,b as c,c as l,d as u,f as d,i as f,m as ee,n as p,o as m,p as h,s as g,t as _,v,x as y,y as b}from"./spacing-DMqK3re3.js";import{x,y as S}from"./session-Bpz1K9yR.js";import{a as te,i as C,n as w,o as ne,r as re}from"./editMessages-DBnaxN0o.js";var T=e(s()),E=e(t()),ie=function(e){y(t,e);function t(){var t=e!==null&&e.apply(this,arguments)||this;return t.timeout=null,t.debouncer=function(e,n){if(e){if(!t.props.waitFor)e(n);else{t.cancelTimeout();var r=t.props.waitFor;t.timeout=setTimeout(function(){e(n)},r)}}},t.cancelDebounce=function(){t.cancelTimeout()},t}return t.prototype.componentWillUnmount=function(){this.cancelTimeout()},t.prototype.cancelTimeout=function(){this.timeout!==null&&(clearTimeout(this.timeout),this.timeout=null)},t.prototype.render=function(){var e=this.props.children;return e?e(this.debouncer,this.cancelDebounce):null},t}(E.Component),D=function(e,t,r){return v(O||=o(`
  width: 290px;
  ,
  ,
  line-height: 0;
  ,

  & .fi-text-input_character-counter {
    ,;
    color: ,;
    font-size: 14px;
    line-height: 20px;
    flex: none;
    margin-top: ,;

    &.fi-text-input_character-counter--error {
      color: ,;
      ,;
      font-size: 14px;
      line-height: 20px;
    }
  }

  & .fi-text-input_bottom-wrapper {
    display: flex;
    justify-content: space-between;
  }

  & .fi-text-input_wrapper {
    width: 100%;
    display: inline-block;

    & .fi-text-input_label--visible {
      margin-bottom: ,;
    }

    & .fi-hint-text {
      margin-bottom: ,;
    }

    & .fi-text-input_statusText--has-content {
      margin-top: ,;
    }
  }

  & .fi-text-input_input-element-container {
    ,

    &:focus-within {
      position: relative;
      ,

      &::after {
        ,
      }
    }
  }

  &.fi-text-input--full-width {
    width: 100%;
  }

  & .fi-text-input_input {
    ,
    background-color: ,;
    min-width: 40px;
    width: 100%;
    min-height: 40px;
    padding-left: ,;
    border-color: ,;

    &::placeholder {
      font-style: italic;
      color: ,;
      opacity: 1;
    }
    &::-ms-clear {
      display: none;
      width: 0;
      height: 0;
    }
    &::-ms-reveal {
      display: none;
      width: 0;
      height: 0;
    }
  }

  &.fi-text-input_with-icon {
    & .fi-text-input_input-element-container {
      position: relative;
    }

    & .fi-text-input_input {
      padding-right: ,;
    }

    & .fi-icon {
      position: absolute;
      width: 18px;
      height: 18px;
      top: ,;
      right: ,;
    }
  }

  &.fi-text-input--error {
    & .fi-text-input_input {
      border: 2px solid ,;
      padding-left: 9px;
      padding-top: 7px;
      padding-bottom: 7px;
    }
  }
  &.fi-text-input--success {
    & .fi-text-input_input {
      border: 2px solid ,;
      padding-left: 9px;
      padding-top: 7px;
      padding-bottom: 7px;
    }
  }
  &.fi-text-input--disabled {
    & .fi-text-input_input {
      color: ,;
      background-color: ,;
    }
    & .fi-icon-base-fill {
      fill: ,;
    }
  }
`.split(`,`),`
  width: 290px;
  ,
  ,
  line-height: 0;
  ,

  & .fi-text-input_character-counter {
    ,;
    color: ,;
    font-size: 14px;
    line-height: 20px;
    flex: none;
    margin-top: ,;

    &.fi-text-input_character-counter--error {
      color: ,;
      ,;
      font-size: 14px;
      line-height: 20px;
    }
  }

  & .fi-text-input_bottom-wrapper {
    display: flex;
    justify-content: space-between;
  }

  & .fi-text-input_wrapper {
    width: 100%;
    display: inline-block;

    & .fi-text-input_label--visible {
      margin-bottom: ,;
    }

    & .fi-hint-text {
      margin-bottom: ,;
    }

    & .fi-text-input_statusText--has-content {
      margin-top: ,;
    }
  }

  & .fi-text-input_input-element-container {
    ,

    &:focus-within {
      position: relative;
      ,

      &::after {
        ,
      }
    }
  }

  &.fi-text-input--full-width {
    width: 100%;
  }

  & .fi-text-input_input {
    ,
    background-color: ,;
    min-width: 40px;
    width: 100%;
    min-height: 40px;
    padding-left: ,;
    border-color: ,;

    &::placeholder {
      font-style: italic;
      color: ,;
      opacity: 1;
    }
    &::-ms-clear {
      display: none;
      width: 0;
      height: 0;
    }
    &::-ms-reveal {
      display: none;
      width: 0;
      height: 0;
    }
  }

  &.fi-text-input_with-icon {
    & .fi-text-input_input-element-container {
      position: relative;
    }

    & .fi-text-input_input {
      padding-right: ,;
    }

    & .fi-icon {
      position: absolute;
      width: 18px;
      height: 18px;
      top: ,;
      right: ,;
    }
  }

  &.fi-text-input--error {
    & .fi-text-input_input {
      border: 2px solid ,;
      padding-left: 9px;
      padding-top: 7px;
      padding-bottom: 7px;
    }
  }
  &.fi-text-input--success {
    & .fi-text-input_input {
      border: 2px solid ,;
      padding-left: 9px;
      padding-top: 7px;
      padding-bottom: 7px;
    }
  }
  &.fi-text-input--disabled {
    & .fi-text-input_input {
      color: ,;
      background-color: ,;
    }
    & .fi-icon-base-fill {
      fill: ,;
    }
  }
`.split(`,`)),_(t),_(r,!0),m(),g(e)(`bodyTextSmall`),e.colors.blackBase,e.spacing.xxs,e.colors.alertBase,g(e)(`bodySemiBoldSmall`),e.spacing.xs,e.spacing.xs,e.spacing.xxs,f(e),e.focuses.highContrastFocus,e.focuses.absoluteFocus,l(e),e.colors.whiteBase,e.spacing.insetL,e.colors.depthDark3,e.colors.depthDark2,n(`${e.spacing.insetXl} * 2 + ${e.spacing.insetM}`),e.spacing.insetL,e.spacing.insetL,e.colors.alertBase,e.colors.successBase,e.colors.depthBase,e.colors.depthLight3,e.colors.depthBase)},O,k=`fi-text-input`,A={baseClassName:k,fullWidth:`${k}--full-width`,disabled:`${k}--disabled`,error:`${k}--error`,success:`${k}--success`,labelIsVisible:`${k}_label--visible`,icon:`${k}_with-icon`,inputElementContainer:`${k}_input-element-container`,inputElement:`${k}_input`,styleWrapper:`${k}_wrapper`,statusTextHasContent:`${k}_statusText--has-content`,bottomWrapper:`${k}_bottom-wrapper`,characterCounter:`${k}_character-counter`,characterCounterError:`${k}_character-counter--error`},j=function(e){var t,n,o,s,l=(0,E.useState)(0),u=l[0],d=l[1],f=(0,E.useState)(``),m=f[0],h=f[1],g=(0,E.useState)(null),_=g[0],v=g[1],y=(0,E.useState)(!1),b=y[0],x=y[1];(0,E.useEffect)(function(){return x(!0),function(){x(!1)}},[]);var D=e.className,O=e.labelText,j=e.labelMode,M=e.onChange,N=e.style,P=e.optionalText,F=e.status,I=e.statusText,L=e.hintText,ae=e.visualPlaceholder,R=e.id,z=e.type,oe=z===void 0?`text`:z,B=e.fullWidth,V=e.icon,H=e.forwardedRef;e.globalMargins;var U=e.debounce,W=e.statusTextAriaLiveMode,G=W===void 0?`assertive`:W,K=e[`aria-describedby`],se=e.tooltipComponent,q=e.characterLimit,J=e.ariaCharactersRemainingText,Y=e.ariaCharactersExceededText,ce=a(e,[`className`,`labelText`,`labelMode`,`onChange`,`style`,`optionalText`,`status`,`statusText`,`hintText`,`visualPlaceholder`,`id`,`type`,`fullWidth`,`icon`,`forwardedRef`,`globalMargins`,`debounce`,`statusTextAriaLiveMode`,`aria-describedby`,`tooltipComponent`,`characterLimit`,`ariaCharactersRemainingText`,`ariaCharactersExceededText`]),X=p(ce)[1];(0,E.useEffect)(function(){q!==void 0&&Z.current?.value.length&&d(Z.current?.value.length)},[]);var Z=(0,E.useRef)(null),le=function(e,t){if(_&&clearTimeout(_),q!==void 0&&J&&Y){var n=e.target.value.length;d(n),v(setTimeout(function(){b&&h(n<=q?J(q-n):Y(n-q))},1500))}M&&t(M,e.target.value)},ue=H||null,Q=`${R}-hintText`,$=`${R}-statusText`;return E.createElement(S,{className:(0,T.default)(k,D,(t={},t[A.disabled]=!!X.disabled,t[A.icon]=!!V,t[A.error]=F===`error`,t[A.success]=F===`success`,t[A.fullWidth]=B,t)),style:N},E.createElement(i,{className:A.styleWrapper},E.createElement(C,{htmlFor:R,labelMode:j,optionalText:P,className:(0,T.default)((n={},n[A.labelIsVisible]=j!==`hidden`,n)),tooltipComponent:se},O),E.createElement(w,{id:Q},L),E.createElement(S,{className:A.inputElementContainer},E.createElement(ie,{waitFor:U},function(e){return E.createElement(ne,c({},X,{id:R,className:A.inputElement,type:oe,forwardedRef:ee(Z,ue),placeholder:ae},{"aria-invalid":F===`error`},te(`aria-describedby`,[I?$:void 0,L?Q:void 0,K]),{onChange:function(t){le(t,e)}}))}),V),E.createElement(S,{className:A.bottomWrapper},E.createElement(re,{id:$,className:(0,T.default)((o={},o[A.statusTextHasContent]=!!I,o)),status:F,ariaLiveMode:G,disabled:X.disabled},q&&E.createElement(r,null,m),I),q&&E.createElement(S,{className:(0,T.default)(A.characterCounter,(s={},s[A.characterCounterError]=u>q,s))},`${u}/${q}`))))},M=b(function(e){e.theme;var t=a(e,[`theme`]);return E.createElement(j,c({},t))}).withConfig({componentId:`sc-1hi9v5l-0`})(P||=o([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=a(e,[`theme`,`globalMargins`]),i=p(r)[0];return D(t,h(n.textInput,i),i)}),N=(0,E.forwardRef)(function(e,t){var n=e.id,r=a(e,[`id`]);return E.createElement(u,null,function(e){var i=e.margins;return E.createElement(d,null,function(e){var a=e.suomifiTheme;return E.createElement(x,{id:n},function(e){return E.createElement(M,c({theme:a,id:e,forwardedRef:t,globalMargins:i},r))})})})});N.displayName=`TextInput`;var P;function F(e){if(!e)return null;if(e.networkError||e.graphQLErrors.length===0)return{code:`NETWORK`,message:``,fields:{}};let t={},n=`INTERNAL`,r,i;for(let a of e.graphQLErrors){let e=a.extensions??{};typeof e.reason==`string`&&!i&&(i=e.reason),typeof e.code==`string`&&n===`INTERNAL`&&(n=e.code),typeof e.field==`string`&&(t[e.field]=a.message.startsWith(e.field+`: `)?a.message.slice(e.field.length+2):a.message),typeof e.currentVersion==`number`&&(r=e.currentVersion)}return{code:n,reason:i,message:e.graphQLErrors[0].message,fields:t,currentVersion:r}}export{N as n,F as t};