import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{C as t,S as n,_ as r,a as i,b as a,d as o,f as s,n as c,p as l,s as u,t as d,v as f,x as p,y as m}from"./spacing-DMqK3re3.js";import{n as h}from"./jsx-runtime-CkXRJ162.js";import{n as g,r as _,t as v}from"./HtmlDiv-E64ge0mq.js";import{a as y,c as b,d as x,i as S,l as C,o as w,r as T,s as E}from"./Button-Dnv4JgJG.js";var D=e(h()),O=e=>D.createElement(`svg`,Object.assign({viewBox:`0 0 24 24`,xmlns:`http://www.w3.org/2000/svg`,width:`1em`,height:`1em`},e),D.createElement(`path`,{d:`M12 0c6.617 0 12 5.383 12 12s-5.383 12-12 12S0 18.617 0 12 5.383 0 12 0Zm0 2C6.486 2 2 6.486 2 12s4.486 10 10 10 10-4.486 10-10S17.514 2 12 2Zm.71 15.29c.18.19.29.44.29.71 0 .26-.11.52-.29.71-.19.18-.45.29-.71.29-.26 0-.521-.11-.71-.29-.181-.19-.29-.45-.29-.71 0-.27.109-.52.29-.71.37-.37 1.04-.37 1.42 0ZM12 5a1 1 0 0 1 1 1v8a1 1 0 1 1-2 0V6a1 1 0 0 1 1-1Z`,fill:`#222`,fillRule:`evenodd`,className:`fi-icon-base-fill`})),k=m(e=>{let{className:t,mousePointer:n,ariaLabel:r,color:i,fill:a,baseColor:o,highlightColor:s}=e,c=C(e,[`className`,`mousePointer`,`ariaLabel`,`color`,`fill`,`baseColor`,`highlightColor`]);return D.createElement(O,Object.assign({className:b(y,t,{[w]:!!n})},c,S(r),T(r)))})`
  ${E}
`,A=e=>D.createElement(k,Object.assign({},e));A.displayName=`Icon`;var j=e=>D.createElement(`svg`,Object.assign({viewBox:`0 0 24 24`,xmlns:`http://www.w3.org/2000/svg`,width:`1em`,height:`1em`},e),D.createElement(`path`,{d:`m12.876 1.48 10.915 19.844a1 1 0 0 1-.771 1.637H1a1 1 0 0 1-.876-1.482l11-20c.35-.639 1.401-.639 1.752 0ZM12 4.035 2.691 20.961h18.617L12 4.036Zm.712 13.215c.18.19.29.45.29.71a1.009 1.009 0 0 1-1 1c-.27 0-.52-.11-.71-.29-.19-.19-.29-.45-.29-.71 0-.26.1-.52.29-.71.37-.37 1.05-.37 1.42 0ZM12 8.961a1 1 0 0 1 1 1v5a1 1 0 0 1-2 0v-5a1 1 0 0 1 1-1Z`,fill:`#222`,fillRule:`evenodd`,className:`fi-icon-base-fill`})),M=m(e=>{let{className:t,mousePointer:n,ariaLabel:r,color:i,fill:a,baseColor:o,highlightColor:s}=e,c=C(e,[`className`,`mousePointer`,`ariaLabel`,`color`,`fill`,`baseColor`,`highlightColor`]);return D.createElement(j,Object.assign({className:b(y,t,{[w]:!!n})},c,S(r),T(r)))})`
  ${E}
`,N=e=>D.createElement(M,Object.assign({},e));N.displayName=`Icon`;var P=e(r()),F=function(e,t,r){return f(I||=n(`
  &.fi-inline-alert {
    ,
    ,
    ,
  ,
    width: 100%;
    padding: 5px 0px 4px 0px;
    border: 1px solid;

    & .fi-inline-alert_style-wrapper {
      display: flex;
      align-items: flex-start;
    }

    & .fi-inline-alert_icon {
      margin-left: ,;
      margin-top: ,;
      min-height: 24px;
      min-width: 24px;
      height: 24px;
      width: 24px;
    }

    & .fi-inline-alert_text-content-wrapper {
      display: flex;
      flex-direction: column;
      width: 100%;
      padding: 0 ,;
      margin: , 0;

      & .fi-inline-alert_label {
        ,
        margin-bottom: ,;
      }

      & .fi-inline-alert_content {
        ,
        vertical-align: middle;
      }
    }

    &.fi-inline-alert--neutral {
      background-color: ,;
      border-color: ,;
      border-left: 4px solid ,;

      & .fi-inline-alert_text-content-wrapper {
        padding-left: ,;
      }
    }

    &.fi-inline-alert--error {
      background-color: ,;
      border-color: ,;
      border-left: 4px solid ,;

      & .fi-inline-alert_icon--error {
        & .fi-icon-base-fill {
          fill: ,;
        }
      }
    }

    &.fi-inline-alert--warning {
      background-color: ,;
      border-color: ,;
      border-left: 4px solid ,;

      & .fi-inline-alert_icon--warning {
        & .fi-icon-base-fill {
          fill: ,;
        }
      }
    }

    &.fi-inline-alert--small-screen {
      & .fi-inline-alert_icon {
        margin-left: ,;
      }
      & .fi-inline-alert_text-content-wrapper {
        padding: 0 , 0 ,;
      }
    }
  }
`.split(`,`),`
  &.fi-inline-alert {
    ,
    ,
    ,
  ,
    width: 100%;
    padding: 5px 0px 4px 0px;
    border: 1px solid;

    & .fi-inline-alert_style-wrapper {
      display: flex;
      align-items: flex-start;
    }

    & .fi-inline-alert_icon {
      margin-left: ,;
      margin-top: ,;
      min-height: 24px;
      min-width: 24px;
      height: 24px;
      width: 24px;
    }

    & .fi-inline-alert_text-content-wrapper {
      display: flex;
      flex-direction: column;
      width: 100%;
      padding: 0 ,;
      margin: , 0;

      & .fi-inline-alert_label {
        ,
        margin-bottom: ,;
      }

      & .fi-inline-alert_content {
        ,
        vertical-align: middle;
      }
    }

    &.fi-inline-alert--neutral {
      background-color: ,;
      border-color: ,;
      border-left: 4px solid ,;

      & .fi-inline-alert_text-content-wrapper {
        padding-left: ,;
      }
    }

    &.fi-inline-alert--error {
      background-color: ,;
      border-color: ,;
      border-left: 4px solid ,;

      & .fi-inline-alert_icon--error {
        & .fi-icon-base-fill {
          fill: ,;
        }
      }
    }

    &.fi-inline-alert--warning {
      background-color: ,;
      border-color: ,;
      border-left: 4px solid ,;

      & .fi-inline-alert_icon--warning {
        & .fi-icon-base-fill {
          fill: ,;
        }
      }
    }

    &.fi-inline-alert--small-screen {
      & .fi-inline-alert_icon {
        margin-left: ,;
      }
      & .fi-inline-alert_text-content-wrapper {
        padding: 0 , 0 ,;
      }
    }
  }
`.split(`,`)),i(e),u(e)(`bodyTextSmall`),d(t),d(r,!0),e.spacing.m,e.spacing.insetXl,e.spacing.s,e.spacing.s,u(e)(`bodySemiBold`),e.spacing.xxs,u(e)(`bodyTextSmall`),e.colors.infoLight1,x(.8,e.colors.infoBase),e.colors.infoBase,e.spacing.m,e.colors.alertLight1,x(.8,e.colors.alertBase),e.colors.alertBase,e.colors.blackBase,e.colors.warningLight1,x(.8,e.colors.warningBase),e.colors.warningBase,e.colors.blackBase,e.spacing.s,e.spacing.xs,e.spacing.xs)},I,L=`fi-inline-alert`,R={styleWrapper:`${L}_style-wrapper`,content:`${L}_content`,label:`${L}_label`,textContentWrapper:`${L}_text-content-wrapper`,icon:`${L}_icon`,smallScreen:`${L}--small-screen`},z=function(e){p(n,e);function n(){return e!==null&&e.apply(this,arguments)||this}return n.prototype.render=function(){var e,n,r,i=this.props,o=i.className,s=i.status,l=s===void 0?`neutral`:s,u=i.labelText,d=i.children,f=i.smallScreen,p=i.id;i.forwardedRef;var m=t(i,[`className`,`status`,`labelText`,`children`,`smallScreen`,`id`,`forwardedRef`]),h=c(m)[1];return D.createElement(g,a({asProp:`section`},h,{className:(0,P.default)(L,o,(e={},e[`${L}--${l}`]=!!l,e[R.smallScreen]=!!f,e)),style:a({},h?.style)}),D.createElement(v,{className:R.styleWrapper},l===`warning`&&D.createElement(N,{className:(0,P.default)(R.icon,(n={},n[`${R.icon}--${l}`]=!!l,n))}),l===`error`&&D.createElement(A,{className:(0,P.default)(R.icon,(r={},r[`${R.icon}--${l}`]=!!l,r))}),D.createElement(v,{className:R.textContentWrapper,id:p},u&&D.createElement(v,{className:R.label},u),D.createElement(v,{className:R.content},d))))},n}(D.Component),B=m(function(e){e.theme,e.globalMargins;var n=t(e,[`theme`,`globalMargins`]);return D.createElement(z,a({},n))}).withConfig({componentId:`sc-oiv9xc-0`})(H||=n([`
  `,`
`],[`
  `,`
`]),function(e){var n=e.theme,r=e.globalMargins,i=t(e,[`theme`,`globalMargins`]),a=c(i)[0];return F(n,l(r.inlineAlert,a),a)}),V=(0,D.forwardRef)(function(e,n){var r=e.id,i=t(e,[`id`]);return D.createElement(o,null,function(e){var t=e.margins;return D.createElement(s,null,function(e){var o=e.suomifiTheme;return D.createElement(_,{id:r},function(e){return D.createElement(B,a({forwardedRef:n,theme:o,globalMargins:t,id:e},i))})})})});V.displayName=`InlineAlert`;var H;export{V as t};